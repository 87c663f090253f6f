import type { DriftEvent } from "./http";

/**
 * What Recruspace answered differently from the contract, seen but never silent: each (operation,
 * field path, issue, observed kind) is logged once per process as one line without values, and
 * counted per workspace so admins can see it beside the connection check.
 */
export type SeenDifference = Pick<DriftEvent, "operation" | "path" | "issue" | "origin" | "observed"> & { count: number; lastSeen: number };

type Store = { logged: Set<string>; byScope: Map<string, Map<string, SeenDifference>> };

const STORE_KEY = Symbol.for("recruspace-admin.drift-log");
const MAX_PER_SCOPE = 500;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[STORE_KEY] ??= { logged: new Set(), byScope: new Map() });
}

const keyOf = (event: DriftEvent) => `${event.operation}|${event.path}|${event.issue}|${event.observed}`;

/** One log line per kind of difference per process: enough to notice, never a flood, never a value. */
export function logDriftOnce(event: DriftEvent): void {
  // A field the contract does not name is news, not a fallback: the connection check lists those.
  if (event.issue === "extra") return;
  const { logged } = store();
  const key = keyOf(event);
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(
    `[recruspace drift] ${event.operation} ${event.path || "(answer)"}: ${event.issue.replace("_", " ")}` +
      ` (${event.origin} field, got ${event.observed})`,
  );
}

/** Counts a difference for one workspace (the scope); the first MAX_PER_SCOPE kinds are kept. */
export function countDrift(scope: string, event: DriftEvent, now = Date.now()): void {
  if (event.issue === "extra") return;
  const { byScope } = store();
  const seen = byScope.get(scope) ?? new Map<string, SeenDifference>();
  byScope.set(scope, seen);
  const key = keyOf(event);
  const entry = seen.get(key);
  if (entry) {
    entry.count += 1;
    entry.lastSeen = now;
  } else if (seen.size < MAX_PER_SCOPE) {
    seen.set(key, { operation: event.operation, path: event.path, issue: event.issue, origin: event.origin, observed: event.observed, count: 1, lastSeen: now });
  }
}

/** The differences counted for one workspace in this process, most frequent first. */
export function driftSeen(scope: string): SeenDifference[] {
  return [...(store().byScope.get(scope)?.values() ?? [])].sort((a, b) => b.count - a.count);
}

/** Forgets a workspace's counts (its key changed: the account behind it may be another). */
export function forgetDrift(scope: string): void {
  store().byScope.delete(scope);
}
