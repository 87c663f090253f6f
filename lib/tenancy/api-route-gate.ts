import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth/config";
import { resolveTenantContext, type TenantContext } from "./context";
import type { Role } from "./roles";
import { ACTIVE_TENANT_COOKIE } from "./switch-tenant";

/**
 * The gate of lib/tenancy/gate.ts for a Pages Router API route, which has no next/headers: the
 * session from next-auth's `auth(req, res)` (it may refresh the session cookie on `res`), the
 * active-tenant cookie from the request, then the same membership and role decision. Throws GateError.
 */
export async function requireTenantForApiRoute(req: NextApiRequest, res: NextApiResponse, requiredRole: Role = "member"): Promise<TenantContext> {
  const session = await auth(req, res);
  return resolveTenantContext(db(), session?.user?.id ?? null, req.cookies[ACTIVE_TENANT_COOKIE], requiredRole);
}
