import type { Role } from "@/lib/tenancy/roles";

/** Every action defined through defineAction, so tests can prove none escapes the isolation matrix. */
const actions = new Map<string, Role>();

export function registerAction(name: string, role: Role): void {
  const existing = actions.get(name);
  if (existing && existing !== role) throw new Error(`Action name "${name}" is defined twice with different roles`);
  actions.set(name, role);
}

export function registeredActions(): ReadonlyMap<string, Role> {
  return actions;
}
