import type { TenantContext } from "./context";
import { UserFacingError } from "@/lib/errors/user-facing-error";

/** The tenant to make active, if the user belongs to it (the gate re-checks on every request anyway). */
export function chooseTenant(ctx: Pick<TenantContext, "memberships">, tenantId: string): { tenantId: string; tenantName: string } {
  const membership = ctx.memberships.find((m) => m.tenantId === tenantId);
  if (!membership) throw new UserFacingError("forbidden", "You are not a member of that workspace.");
  return { tenantId: membership.tenantId, tenantName: membership.tenantName };
}

/**
 * The cookie only says which workspace the user last chose; membership is checked on every request.
 * Defined here, away from next/headers, so the pages API gate (lib/tenancy/api-route-gate.ts) can read it.
 */
export const ACTIVE_TENANT_COOKIE = "rs-active-tenant";

export const ACTIVE_TENANT_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
} as const;
