import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/actions/user-facing-error";
import { type AuditActor, recordActorAudit } from "@/lib/audit/record";
import { isRole, type Role } from "./roles";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type Member = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export const LAST_ADMIN_MESSAGE = "A workspace needs at least one admin. Make someone else an admin first.";

export async function listMembers(database: Db, tenantId: string): Promise<Member[]> {
  const rows = await database.membership.findMany({
    where: { tenantId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: isRole(row.role) ? row.role : "member",
    joinedAt: row.createdAt,
  }));
}

/**
 * Serialises membership changes of one tenant: the no-op update takes the tenant row's write lock
 * (PostgreSQL) / the database write lock (SQLite) before the admin count is read, so two admins
 * demoting each other at once cannot leave the workspace without an admin.
 */
async function lockTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Tenant" SET "name" = "name" WHERE "id" = ${tenantId}`;
}

async function assertAdminRemains(tx: Tx, tenantId: string): Promise<void> {
  const admins = await tx.membership.count({ where: { tenantId, role: "admin" } });
  if (admins < 1) throw new UserFacingError("conflict", LAST_ADMIN_MESSAGE);
}

export async function changeMemberRole(database: Db, actor: AuditActor, input: { userId: string; role: Role }): Promise<void> {
  const previous = await database.$transaction(async (tx) => {
    await lockTenant(tx, actor.tenantId);
    const membership = await tx.membership.findUnique({ where: { userId_tenantId: { userId: input.userId, tenantId: actor.tenantId } } });
    if (!membership) throw new UserFacingError("not_found", "This person is not a member of the workspace.");
    if (membership.role === input.role) return null;
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await assertAdminRemains(tx, actor.tenantId);
    return membership.role;
  });
  if (previous === null) return;
  await recordActorAudit(actor, {
    action: "member.role_changed",
    targetType: "user",
    targetId: input.userId,
    metadata: { from: previous, to: input.role },
  });
}

export async function removeMember(database: Db, actor: AuditActor, input: { userId: string }): Promise<void> {
  const removed = await database.$transaction(async (tx) => {
    await lockTenant(tx, actor.tenantId);
    const membership = await tx.membership.findUnique({
      where: { userId_tenantId: { userId: input.userId, tenantId: actor.tenantId } },
      include: { user: { select: { email: true } } },
    });
    if (!membership) throw new UserFacingError("not_found", "This person is not a member of the workspace.");
    await tx.membership.delete({ where: { id: membership.id } });
    await assertAdminRemains(tx, actor.tenantId);
    return membership;
  });
  await recordActorAudit(actor, {
    action: "member.removed",
    targetType: "user",
    targetId: input.userId,
    metadata: { email: removed.user.email, role: removed.role },
  });
}
