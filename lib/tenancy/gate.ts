import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { currentSession } from "@/lib/auth/session";
import { resolveTenantContext, type TenantContext } from "./context";
import type { Role } from "./roles";
import { ACTIVE_TENANT_COOKIE } from "./switch-tenant";

export { ACTIVE_TENANT_COOKIE };

/**
 * The one gate for every server action, route handler and page: session → active tenant membership
 * → required role. Throws GateError; callers either let lib/actions turn it into a result or redirect.
 */
export async function requireTenant(requiredRole: Role = "member"): Promise<TenantContext> {
  const [session, cookieStore] = await Promise.all([currentSession(), cookies()]);
  return resolveOncePerRender(session?.userId ?? null, session?.sessionVersion ?? -1, cookieStore.get(ACTIVE_TENANT_COOKIE)?.value, requiredRole);
}

// The layout, the page and its sections all pass the gate while rendering one request; React's
// per-render cache lets them share one database lookup (outside a render it simply calls through).
const resolveOncePerRender = cache((userId: string | null, sessionVersion: number, tenantId: string | undefined, requiredRole: Role) =>
  resolveTenantContext(db(), userId ? { userId, sessionVersion } : null, tenantId, requiredRole),
);
