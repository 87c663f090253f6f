import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { type Actor, recordActorAudit, recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password-hash";
import { hashInviteToken, newInviteToken } from "./invite-token";
import { isRole, type Role } from "./roles";
import { isUniqueViolation, DUPLICATE_EMAIL_MESSAGE } from "./signup";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type PendingInvite = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date };

/** Creates a single-use link for `email`; earlier pending invites for the same email stop working. */
export async function createInvite(
  database: Db,
  actor: Actor,
  input: { email: string; role: Role },
  now = new Date(),
): Promise<{ inviteId: string; token: string; expiresAt: Date }> {
  const email = normalizeEmail(input.email);
  const existingMember = await database.membership.findFirst({ where: { tenantId: actor.tenantId, user: { email } }, select: { id: true } });
  if (existingMember) {
    throw new UserFacingError("conflict", "This person is already a member of the workspace.", { email: ["Already a member."] });
  }
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  const invite = await database.$transaction(async (tx) => {
    await tx.invite.updateMany({
      where: { tenantId: actor.tenantId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return tx.invite.create({
      data: { tenantId: actor.tenantId, email, role: input.role, tokenHash: hashInviteToken(token), expiresAt, createdById: actor.userId },
    });
  });
  await recordActorAudit(actor, {
    action: "member.invited",
    targetType: "invite",
    targetId: invite.id,
    metadata: { email, role: input.role },
  });
  return { inviteId: invite.id, token, expiresAt };
}

export async function listPendingInvites(database: Db, tenantId: string, now = new Date()): Promise<PendingInvite[]> {
  const rows = await database.invite.findMany({
    where: { tenantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({ id: row.id, email: row.email, role: isRole(row.role) ? row.role : "member", expiresAt: row.expiresAt, createdAt: row.createdAt }));
}

export async function revokeInvite(database: Db, actor: Actor, inviteId: string, now = new Date()): Promise<void> {
  const { count } = await database.invite.updateMany({
    where: { id: inviteId, tenantId: actor.tenantId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new UserFacingError("not_found", "This invite no longer exists or was already used.");
  await recordActorAudit(actor, {
    action: "member.invite_revoked",
    targetType: "invite",
    targetId: inviteId,
  });
}

export type InviteLookup =
  | { status: "valid"; invite: { id: string; email: string; role: Role; tenantId: string; tenantName: string; expiresAt: Date } }
  | { status: "not_found" | "expired" | "used" | "revoked" };

export async function lookupInvite(database: Db, token: string, now = new Date()): Promise<InviteLookup> {
  if (!token || token.length > 200) return { status: "not_found" };
  const invite = await database.invite.findUnique({ where: { tokenHash: hashInviteToken(token) }, include: { tenant: true } });
  if (!invite) return { status: "not_found" };
  if (invite.acceptedAt) return { status: "used" };
  if (invite.revokedAt) return { status: "revoked" };
  if (invite.expiresAt <= now) return { status: "expired" };
  return {
    status: "valid",
    invite: {
      id: invite.id,
      email: invite.email,
      role: isRole(invite.role) ? invite.role : "member",
      tenantId: invite.tenantId,
      tenantName: invite.tenant.name,
      expiresAt: invite.expiresAt,
    },
  };
}

export function inviteProblemMessage(status: Exclude<InviteLookup["status"], "valid">): string {
  switch (status) {
    case "expired":
      return "This invite link has expired. Ask an admin of the workspace for a new one.";
    case "used":
      return "This invite link has already been used.";
    case "revoked":
      return "This invite link was revoked. Ask an admin of the workspace for a new one.";
    default:
      return "This invite link is not valid. Check that you copied the whole link.";
  }
}

/**
 * Marks the invite used only if it is still pending (one conditional update, so two clicks cannot
 * both succeed) and adds the membership in the same transaction.
 */
async function consumeInvite(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  token: string,
  email: string,
  now: Date,
): Promise<{ inviteId: string; tenantId: string; role: Role }> {
  const tokenHash = hashInviteToken(token);
  const invite = await tx.invite.findUnique({ where: { tokenHash } });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) {
    const status = !invite ? "not_found" : invite.acceptedAt ? "used" : invite.revokedAt ? "revoked" : "expired";
    throw new UserFacingError("not_found", inviteProblemMessage(status));
  }
  if (invite.email !== email) {
    throw new UserFacingError("forbidden", `This invite is for ${invite.email}. Sign in with that email to accept it.`);
  }
  const { count } = await tx.invite.updateMany({
    where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count !== 1) throw new UserFacingError("not_found", inviteProblemMessage("used"));
  return { inviteId: invite.id, tenantId: invite.tenantId, role: isRole(invite.role) ? invite.role : "member" };
}

/** A signed-in user accepts an invite addressed to their email. */
export async function acceptInvite(database: Db, input: { token: string; userId: string }, now = new Date()): Promise<{ tenantId: string }> {
  const user = await database.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
  if (!user) throw new UserFacingError("unauthenticated", "Please sign in again.");
  const joined = await database.$transaction(async (tx) => {
    const invite = await consumeInvite(tx, input.token, user.email, now);
    const existing = await tx.membership.findUnique({ where: { userId_tenantId: { userId: user.id, tenantId: invite.tenantId } } });
    if (existing) throw new UserFacingError("conflict", "You are already a member of this workspace.");
    await tx.membership.create({ data: { userId: user.id, tenantId: invite.tenantId, role: invite.role } });
    return invite;
  });
  await recordJoined(joined, user.id, user.email);
  return { tenantId: joined.tenantId };
}

/** Someone without an account signs up through an invite: the user and the membership appear together. */
export async function signUpWithInvite(
  database: Db,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<{ userId: string; tenantId: string }> {
  const lookup = await lookupInvite(database, input.token, now);
  if (lookup.status !== "valid") throw new UserFacingError("not_found", inviteProblemMessage(lookup.status));
  const email = lookup.invite.email;
  if (await database.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserFacingError("conflict", DUPLICATE_EMAIL_MESSAGE);
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const result = await database.$transaction(async (tx) => {
      const invite = await consumeInvite(tx, input.token, email, now);
      const user = await tx.user.create({ data: { email, name: input.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, tenantId: invite.tenantId, role: invite.role } });
      return { invite, userId: user.id };
    });
    await recordAudit({ action: "auth.sign_up", tenantId: result.invite.tenantId, actorUserId: result.userId, actorEmail: email });
    await recordJoined(result.invite, result.userId, email);
    return { userId: result.userId, tenantId: result.invite.tenantId };
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError("conflict", DUPLICATE_EMAIL_MESSAGE);
    throw error;
  }
}

async function recordJoined(invite: { inviteId: string; tenantId: string; role: Role }, userId: string, email: string) {
  await recordAudit({
    action: "member.joined",
    tenantId: invite.tenantId,
    actorUserId: userId,
    actorEmail: email,
    targetType: "membership",
    targetId: userId,
    metadata: { role: invite.role, inviteId: invite.inviteId },
  });
}
