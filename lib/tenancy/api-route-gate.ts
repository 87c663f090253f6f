import "server-only";
import type { NextApiRequest } from "next";
import { db } from "@/lib/db";
import { clientIpOfNodeHeaders } from "@/lib/auth/client-ip";
import { sessionFromHeaders } from "@/lib/auth/session-token";
import { resolveTenantContext, type TenantContext } from "./context";
import type { Role } from "./roles";
import { ACTIVE_TENANT_COOKIE } from "./switch-tenant";

/**
 * The gate of lib/tenancy/gate.ts for a Pages Router API route, which has no next/headers: the
 * session from the request's Cookie header (as currentSession reads it, the cookie name by the
 * deployment's protocol), the active-tenant cookie from the request, then the same session-version,
 * membership and role decision. Throws GateError.
 */
export async function requireTenantForApiRoute(req: NextApiRequest, requiredRole: Role = "member"): Promise<TenantContext> {
  const session = await sessionFromHeaders(nodeHeaders(req));
  return resolveTenantContext(db(), session, req.cookies[ACTIVE_TENANT_COOKIE], requiredRole);
}

function nodeHeaders(req: NextApiRequest): { get(name: string): string | null } {
  return {
    get: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
    },
  };
}

/** The gate of a streaming Pages route: a member of the active workspace, with the caller's IP for audit. */
export async function memberOfApiRoute(req: NextApiRequest): Promise<TenantContext & { ip: string }> {
  return { ...(await requireTenantForApiRoute(req, "member")), ip: clientIpOfNodeHeaders(req.headers) };
}
