import type { Db } from "@/lib/db";
import { GateError } from "@/lib/errors/failures";
import type { SessionClaims } from "@/lib/auth/session-token";
import { hasRole, isRole, type Role } from "./roles";

export type TenantContext = {
  userId: string;
  userEmail: string;
  userName: string;
  tenantId: string;
  tenantName: string;
  role: Role;
  /** Every workspace the user belongs to, for the switcher. */
  memberships: { tenantId: string; tenantName: string; role: Role }[];
};

/** What the gate needs of a session: whose it is and the session version it was issued with. */
export type GateSession = Pick<SessionClaims, "userId" | "sessionVersion">;

/**
 * The decision behind the gate, free of cookies and sessions so it can be tested on a real database:
 * the user must exist and the session must carry the user's current session version (else it was
 * revoked: signed out everywhere, password changed, removed from a workspace), the requested tenant
 * must be one of the user's memberships (else the first membership is used), and the membership's role
 * must satisfy the required role. Deny by default.
 */
export async function resolveTenantContext(
  database: Db,
  session: GateSession | null | undefined,
  requestedTenantId: string | null | undefined,
  requiredRole: Role,
): Promise<TenantContext> {
  if (!session?.userId) throw new GateError("unauthenticated");
  const user = await database.user.findUnique({
    where: { id: session.userId },
    include: { memberships: { include: { tenant: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) throw new GateError("unauthenticated");
  const memberships = user.memberships.filter((m) => isRole(m.role));
  if (memberships.length === 0) throw new GateError("no_tenant");
  const active = memberships.find((m) => m.tenantId === requestedTenantId) ?? memberships[0]!;
  const role = active.role as Role;
  if (!hasRole(role, requiredRole)) throw new GateError("forbidden");
  return {
    userId: user.id,
    userEmail: user.email,
    userName: user.name,
    tenantId: active.tenantId,
    tenantName: active.tenant.name,
    role,
    memberships: memberships.map((m) => ({ tenantId: m.tenantId, tenantName: m.tenant.name, role: m.role as Role })),
  };
}
