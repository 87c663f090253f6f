import "server-only";
import type { NextApiRequest } from "next";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/config/env";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { clientIpOfNodeHeaders } from "@/lib/auth/client-ip";
import { sessionFromHeaders } from "@/lib/auth/session-token";
import { resolveTenantContext, type TenantContext } from "./context";
import { assertRenderedTenant, RENDERED_TENANT_HEADER } from "./rendered-tenant";
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

/**
 * The gate of the upload routes (pages/api/uploads/*), in this order: the request comes from one of
 * the app's own pages (Origin against Host, 403: lib/security/same-origin.ts), the caller is a member
 * of the active workspace (401/403), and the page that sent it was rendered for that workspace (the
 * X-Tenant header, 409 "reload the page": ./rendered-tenant.ts). Throws; the routes answer in words.
 */
export async function memberOfUploadRoute(req: NextApiRequest): Promise<TenantContext & { ip: string }> {
  if (!isSameOriginRequest(req.headers, readEnv().AUTH_TRUST_HOST)) {
    throw new UserFacingError("forbidden", "This upload did not come from this app's own pages, so it was refused. Open the app at its usual address and try again.");
  }
  const ctx = await memberOfApiRoute(req);
  const rendered = req.headers[RENDERED_TENANT_HEADER.toLowerCase()];
  assertRenderedTenant(ctx, Array.isArray(rendered) ? rendered[0] : rendered);
  return ctx;
}
