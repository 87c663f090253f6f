import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { type Actor, recordActorAudit } from "@/lib/audit/record";
import { lockTenant, type Tx } from "@/lib/db/tenant-lock";
import { revokeSessions } from "@/lib/auth/session-check";
import { isRole, type Role } from "./roles";


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

async function assertAdminRemains(tx: Tx, tenantId: string): Promise<void> {
  const admins = await tx.membership.count({ where: { tenantId, role: "admin" } });
  if (admins < 1) throw new UserFacingError("conflict", LAST_ADMIN_MESSAGE);
}

export async function changeMemberRole(database: Db, actor: Actor, input: { userId: string; role: Role }): Promise<void> {
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

export async function removeMember(database: Db, actor: Actor, input: { userId: string }): Promise<void> {
  const removed = await database.$transaction(async (tx) => {
    await lockTenant(tx, actor.tenantId);
    const membership = await tx.membership.findUnique({
      where: { userId_tenantId: { userId: input.userId, tenantId: actor.tenantId } },
      include: { user: { select: { email: true } } },
    });
    if (!membership) throw new UserFacingError("not_found", "This person is not a member of the workspace.");
    await tx.membership.delete({ where: { id: membership.id } });
    await assertAdminRemains(tx, actor.tenantId);
    // Every session of the removed person ends now, not when its cookie expires (they sign in again
    // for any other workspace they belong to).
    await revokeSessions(tx, input.userId);
    return membership;
  });
  await recordActorAudit(actor, {
    action: "member.removed",
    targetType: "user",
    targetId: input.userId,
    metadata: { email: removed.user.email, role: removed.role },
  });
}
