import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents, parseAuditFilter } from "@/lib/audit/query";
import { GateError } from "@/lib/errors/failures";
import { resolveTenantContext } from "@/lib/tenancy/context";
import { acceptInvite, createInvite, INVITE_TTL_MS, listPendingInvites, lookupInvite, revokeInvite, signUpWithInvite } from "@/lib/tenancy/invites";
import { changeMemberRole, LAST_ADMIN_MESSAGE, listMembers, removeMember } from "@/lib/tenancy/members";
import { chooseTenant } from "@/lib/tenancy/switch-tenant";
import { addMember, newAdmin, sessionOf, STRONG_PASSWORD, uniqueEmail } from "../support/auth-fixtures";

describe("invites", () => {
  it("stores only the token's SHA-256 and lets the invited user join with the invited role", async () => {
    const owner = await newAdmin("Invite Co");
    const invitee = await newAdmin("Invitee's own");
    const { token, inviteId, expiresAt } = await createInvite(db(), owner.actor, { email: invitee.email.toUpperCase(), role: "admin" });
    const row = await db().invite.findUniqueOrThrow({ where: { id: inviteId } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.email).toBe(invitee.email);
    expect(expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(INVITE_TTL_MS - 5_000);
    expect(await listPendingInvites(db(), owner.tenantId)).toMatchObject([{ id: inviteId, email: invitee.email, role: "admin" }]);

    await expect(acceptInvite(db(), { token, userId: invitee.userId })).resolves.toEqual({ tenantId: owner.tenantId });
    const membership = await db().membership.findUnique({ where: { userId_tenantId: { userId: invitee.userId, tenantId: owner.tenantId } } });
    expect(membership?.role).toBe("admin");
    expect(await listPendingInvites(db(), owner.tenantId)).toEqual([]);
    expect(await db().auditEvent.count({ where: { tenantId: owner.tenantId, action: "member.joined", actorUserId: invitee.userId } })).toBe(1);
    expect(await db().auditEvent.count({ where: { tenantId: owner.tenantId, action: "member.invited", targetId: inviteId } })).toBe(1);
  });

  it("is single-use: a second acceptance is refused", async () => {
    const owner = await newAdmin();
    const invitee = await newAdmin();
    const { token } = await createInvite(db(), owner.actor, { email: invitee.email, role: "member" });
    await acceptInvite(db(), { token, userId: invitee.userId });
    await expect(acceptInvite(db(), { token, userId: invitee.userId })).rejects.toThrow(/already been used/);
    expect((await lookupInvite(db(), token)).status).toBe("used");
  });

  it("refuses an expired invite", async () => {
    const owner = await newAdmin();
    const invitee = await newAdmin();
    const past = new Date(Date.now() - INVITE_TTL_MS - 60_000);
    const { token } = await createInvite(db(), owner.actor, { email: invitee.email, role: "member" }, past);
    expect((await lookupInvite(db(), token)).status).toBe("expired");
    await expect(acceptInvite(db(), { token, userId: invitee.userId })).rejects.toThrow(/expired/);
    expect(await db().membership.count({ where: { userId: invitee.userId, tenantId: owner.tenantId } })).toBe(0);
  });

  it("refuses a user whose email is not the invited one, and keeps the invite usable", async () => {
    const owner = await newAdmin();
    const intended = uniqueEmail("intended");
    const stranger = await newAdmin();
    const { token } = await createInvite(db(), owner.actor, { email: intended, role: "member" });
    await expect(acceptInvite(db(), { token, userId: stranger.userId })).rejects.toMatchObject({ code: "forbidden" });
    expect((await lookupInvite(db(), token)).status).toBe("valid");
  });

  it("refuses a revoked invite, and a newer invite for the same email replaces the older one", async () => {
    const owner = await newAdmin();
    const email = uniqueEmail("twice");
    const first = await createInvite(db(), owner.actor, { email, role: "member" });
    const second = await createInvite(db(), owner.actor, { email, role: "admin" });
    expect((await lookupInvite(db(), first.token)).status).toBe("revoked");
    await revokeInvite(db(), owner.actor, second.inviteId);
    expect((await lookupInvite(db(), second.token)).status).toBe("revoked");
    await expect(signUpWithInvite(db(), { token: second.token, name: "Late", password: STRONG_PASSWORD })).rejects.toThrow(/revoked/);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("cannot revoke another tenant's invite", async () => {
    const owner = await newAdmin();
    const other = await newAdmin();
    const { inviteId, token } = await createInvite(db(), owner.actor, { email: uniqueEmail(), role: "member" });
    await expect(revokeInvite(db(), other.actor, inviteId)).rejects.toMatchObject({ code: "not_found" });
    expect((await lookupInvite(db(), token)).status).toBe("valid");
  });

  it("signs up a new person through an invite into the inviting workspace only", async () => {
    const owner = await newAdmin();
    const email = uniqueEmail("newbie");
    const { token } = await createInvite(db(), owner.actor, { email, role: "member" });
    const tenantsBefore = await db().tenant.count();
    const { userId, tenantId } = await signUpWithInvite(db(), { token, name: "New Bie", password: STRONG_PASSWORD });
    expect(tenantId).toBe(owner.tenantId);
    expect(await db().tenant.count()).toBe(tenantsBefore);
    const memberships = await db().membership.findMany({ where: { userId } });
    expect(memberships).toMatchObject([{ tenantId: owner.tenantId, role: "member" }]);
    await expect(signUpWithInvite(db(), { token, name: "Again", password: STRONG_PASSWORD })).rejects.toThrow(/already been used/);
  });

  it("does not invite someone who is already a member", async () => {
    const owner = await newAdmin();
    await expect(createInvite(db(), owner.actor, { email: owner.email, role: "member" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("members and the last-admin rule", () => {
  it("changes roles and lists members with their roles", async () => {
    const owner = await newAdmin();
    const member = await addMember(owner.tenantId, "member");
    await changeMemberRole(db(), owner.actor, { userId: member.userId, role: "admin" });
    const members = await listMembers(db(), owner.tenantId);
    expect(members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, "admin"],
      [member.email, "admin"],
    ]);
    const event = await db().auditEvent.findFirst({ where: { tenantId: owner.tenantId, action: "member.role_changed" } });
    expect(JSON.parse(event!.metadata!)).toEqual({ from: "member", to: "admin" });
  });

  it("refuses to demote the last admin", async () => {
    const owner = await newAdmin();
    await addMember(owner.tenantId, "member");
    await expect(changeMemberRole(db(), owner.actor, { userId: owner.userId, role: "member" })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    const membership = await db().membership.findUniqueOrThrow({ where: { userId_tenantId: { userId: owner.userId, tenantId: owner.tenantId } } });
    expect(membership.role).toBe("admin");
  });

  it("refuses to remove the last admin but removes others", async () => {
    const owner = await newAdmin();
    const member = await addMember(owner.tenantId, "member");
    await expect(removeMember(db(), owner.actor, { userId: owner.userId })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    await removeMember(db(), owner.actor, { userId: member.userId });
    expect((await listMembers(db(), owner.tenantId)).map((m) => m.userId)).toEqual([owner.userId]);
    expect(await db().auditEvent.count({ where: { tenantId: owner.tenantId, action: "member.removed", targetId: member.userId } })).toBe(1);
  });

  it("lets one of two admins step down, and when both try at once exactly one succeeds", async () => {
    // Several tenants race at once so an unserialised check would show up as a tenant with no admin.
    const pairs = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const owner = await newAdmin();
        return { owner, second: await addMember(owner.tenantId, "admin") };
      }),
    );
    const outcomes = await Promise.all(
      pairs.map(({ owner, second }) =>
        Promise.allSettled([
          changeMemberRole(db(), owner.actor, { userId: owner.userId, role: "member" }),
          changeMemberRole(db(), owner.actor, { userId: second.userId, role: "member" }),
        ]),
      ),
    );
    for (const [i, results] of outcomes.entries()) {
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db().membership.count({ where: { tenantId: pairs[i]!.owner.tenantId, role: "admin" } })).toBe(1);
    }
  });

  it("cannot touch a user of another tenant", async () => {
    const owner = await newAdmin();
    const other = await newAdmin();
    await expect(changeMemberRole(db(), owner.actor, { userId: other.userId, role: "member" })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(db(), owner.actor, { userId: other.userId })).rejects.toMatchObject({ code: "not_found" });
    expect(await db().membership.count({ where: { userId: other.userId, tenantId: other.tenantId, role: "admin" } })).toBe(1);
  });
});

describe("resolveTenantContext", () => {
  it("denies a missing or unknown user", async () => {
    await expect(resolveTenantContext(db(), null, null, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
    await expect(resolveTenantContext(db(), { userId: "no-such-user", sessionVersion: 0 }, null, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
  });

  it("denies a user without any workspace", async () => {
    const user = await db().user.create({ data: { email: uniqueEmail("lonely"), name: "Lonely", passwordHash: "x" } });
    await expect(resolveTenantContext(db(), await sessionOf(user.id), null, "member")).rejects.toMatchObject({ reason: "no_tenant" });
  });

  it("ignores a requested tenant the user is not a member of and uses their own", async () => {
    const mine = await newAdmin("Mine");
    const foreign = await newAdmin("Foreign");
    const ctx = await resolveTenantContext(db(), await sessionOf(mine.userId), foreign.tenantId, "admin");
    expect(ctx.tenantId).toBe(mine.tenantId);
    expect(ctx.memberships.map((m) => m.tenantId)).toEqual([mine.tenantId]);
    expect(() => chooseTenant(ctx, foreign.tenantId)).toThrow(/not a member/);
  });

  it("lists the memberships oldest first with their workspaces' names, as Prisma reads them, without a role it does not know", async () => {
    const owner = await newAdmin("Oldest");
    const second = await newAdmin("Second");
    const third = await newAdmin("Third");
    const unknown = await newAdmin("Unknown role");
    await db().membership.create({ data: { userId: owner.userId, tenantId: third.tenantId, role: "member", createdAt: new Date(Date.now() + 2_000) } });
    await db().membership.create({ data: { userId: owner.userId, tenantId: unknown.tenantId, role: "owner", createdAt: new Date(Date.now() + 3_000) } });
    await db().membership.create({ data: { userId: owner.userId, tenantId: second.tenantId, role: "admin", createdAt: new Date(Date.now() + 1_000) } });

    const ctx = await resolveTenantContext(db(), await sessionOf(owner.userId), null, "member");
    const read = await db().membership.findMany({ where: { userId: owner.userId }, include: { tenant: true }, orderBy: { createdAt: "asc" } });
    const expected = read.filter((m) => m.role !== "owner").map((m) => ({ tenantId: m.tenantId, tenantName: m.tenant.name, role: m.role }));
    expect(ctx.memberships).toEqual(expected);
    expect(ctx.memberships.map((m) => m.tenantName)).toEqual(["Oldest", "Second", "Third"]);
    expect(ctx).toMatchObject({ tenantId: owner.tenantId, tenantName: "Oldest", role: "admin", userId: owner.userId, userEmail: owner.email, userName: "Ada Admin" });
    await expect(resolveTenantContext(db(), await sessionOf(owner.userId), unknown.tenantId, "member")).resolves.toMatchObject({ tenantId: owner.tenantId });
    await expect(resolveTenantContext(db(), await sessionOf(owner.userId, 99), null, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
  });

  it("uses the requested tenant among several and enforces the role there", async () => {
    const owner = await newAdmin("First");
    const other = await newAdmin("Second");
    await db().membership.create({ data: { userId: owner.userId, tenantId: other.tenantId, role: "member" } });
    const asMember = await resolveTenantContext(db(), await sessionOf(owner.userId), other.tenantId, "member");
    expect(asMember).toMatchObject({ tenantId: other.tenantId, tenantName: "Second", role: "member", userEmail: owner.email });
    expect(asMember.memberships).toHaveLength(2);
    await expect(resolveTenantContext(db(), await sessionOf(owner.userId), other.tenantId, "admin")).rejects.toBeInstanceOf(GateError);
    await expect(resolveTenantContext(db(), await sessionOf(owner.userId), owner.tenantId, "admin")).resolves.toMatchObject({ role: "admin" });
    expect(chooseTenant(asMember, owner.tenantId)).toEqual({ tenantId: owner.tenantId, tenantName: "First" });
  });
});

describe("revoked sessions", () => {
  it("refuses a session issued before the user's session version moved on", async () => {
    const owner = await newAdmin();
    const before = await sessionOf(owner.userId);
    await expect(resolveTenantContext(db(), before, null, "member")).resolves.toMatchObject({ userId: owner.userId });
    await db().user.update({ where: { id: owner.userId }, data: { sessionVersion: { increment: 1 } } });
    await expect(resolveTenantContext(db(), before, null, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
    await expect(resolveTenantContext(db(), await sessionOf(owner.userId), null, "member")).resolves.toMatchObject({ userId: owner.userId });
  });

  it("ends every session of a removed member, in their other workspaces too", async () => {
    const owner = await newAdmin("Removing Co");
    const elsewhere = await newAdmin("Elsewhere Co");
    const member = await addMember(owner.tenantId);
    await db().membership.create({ data: { userId: member.userId, tenantId: elsewhere.tenantId, role: "member" } });
    const session = await sessionOf(member.userId);
    await removeMember(db(), owner.actor, { userId: member.userId });
    await expect(resolveTenantContext(db(), session, owner.tenantId, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
    await expect(resolveTenantContext(db(), session, elsewhere.tenantId, "member")).rejects.toMatchObject({ reason: "unauthenticated" });
    // Signed in again, the person still reaches the workspace they belong to.
    await expect(resolveTenantContext(db(), await sessionOf(member.userId), null, "member")).resolves.toMatchObject({ tenantId: elsewhere.tenantId });
  });

  it("leaves the sessions of a member whose removal was refused alone", async () => {
    const owner = await newAdmin();
    const session = await sessionOf(owner.userId);
    await expect(removeMember(db(), owner.actor, { userId: owner.userId })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    await expect(resolveTenantContext(db(), session, null, "admin")).resolves.toMatchObject({ userId: owner.userId });
  });
});

describe("audit query", () => {
  it("returns only this tenant's events, newest first, filtered and paged", async () => {
    const a = await newAdmin("Audit A");
    const b = await newAdmin("Audit B");
    for (let i = 0; i < 3; i++) await createInvite(db(), a.actor, { email: uniqueEmail(`a${i}`), role: "member" });
    await createInvite(db(), b.actor, { email: uniqueEmail("b"), role: "member" });
    const all = await listAuditEvents(db(), a.tenantId, parseAuditFilter({}));
    expect(all.rows.every((r) => r.actorEmail === a.email)).toBe(true);
    expect(all.total).toBe(4); // sign-up + 3 invites
    const times = all.rows.map((r) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const invites = await listAuditEvents(db(), a.tenantId, parseAuditFilter({ action: "member.invited" }), 2);
    expect(invites.total).toBe(3);
    expect(invites.rows).toHaveLength(2);
    const page2 = await listAuditEvents(db(), a.tenantId, parseAuditFilter({ action: "member.invited", page: "2" }), 2);
    expect(page2.rows).toHaveLength(1);
    expect(page2.rows[0]!.id).not.toBe(invites.rows[0]!.id);
    expect((await listAuditEvents(db(), a.tenantId, parseAuditFilter({ actor: b.email.toUpperCase() }))).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(db(), a.tenantId, parseAuditFilter({ from: today, to: today }))).total).toBe(4);
    expect((await listAuditEvents(db(), a.tenantId, parseAuditFilter({ to: "2000-01-01" }))).total).toBe(0);
    expect(parseAuditFilter({ action: "drop table", page: "-3", from: "yesterday" })).toEqual({ page: 1 });
  });
});
