import { afterEach, describe, expect, it, vi } from "vitest";
import { authenticate, INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/authenticate";
import { FIRST_LOCKOUT_SECONDS, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_PAIR, lockoutSeconds, throttledMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { SIGN_UP_ANSWER, signUp, signUpInput } from "@/lib/tenancy/signup";
import { MAX_SIGN_UPS_PER_IP } from "@/lib/auth/sign-up-throttle";
import { newAdmin, STRONG_PASSWORD, uniqueEmail, uniqueIp } from "../support/auth-fixtures";

const failedChecks = (email: string) => db().auditEvent.count({ where: { action: "auth.sign_in_failed", actorEmail: email } });
const wrong = (i: number) => `Wrong-password-${i}-x`;

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-up", () => {
  it("creates the user, a workspace and an admin membership, with an argon2id hash", async () => {
    const { userId, tenantId, email } = await newAdmin("Globex Hiring");
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: { include: { tenant: true } } } });
    expect(user.email).toBe(email);
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(user.sessionVersion).toBe(0);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ tenantId, role: "admin" });
    expect(user.memberships[0]!.tenant.name).toBe("Globex Hiring");
    const audit = await db().auditEvent.findFirst({ where: { tenantId, action: "auth.sign_up" } });
    expect(audit?.actorUserId).toBe(userId);
  });

  it("answers an email that already has an account as it answers a new one, and creates nothing", async () => {
    const { email, userId } = await newAdmin();
    const tenantsBefore = await db().tenant.count();
    const passwordBefore = (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
    const input = signUpInput.parse({ name: "Copy", email: email.toUpperCase(), password: "Another-long-pass-99", workspaceName: "Copy Co" });
    // No refusal, no field error: the action redirects to sign-in with SIGN_UP_ANSWER either way.
    await expect(signUp(db(), input, uniqueIp())).resolves.toEqual({ created: false });
    expect(await db().tenant.count()).toBe(tenantsBefore);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBe(passwordBefore);
    expect(await db().auditEvent.count({ where: { action: "auth.sign_up_existing_email", actorEmail: email } })).toBe(1);
    // The one answer tells both people how to go on.
    expect(SIGN_UP_ANSWER.message).toMatch(/sign in/i);
    expect(SIGN_UP_ANSWER.message).toMatch(/invite/i);
    expect(SIGN_UP_ANSWER.message).not.toMatch(/already exists/i);
  });

  it("two sign-ups racing for one new email: one account, and both answered without a refusal", async () => {
    const email = uniqueEmail("race");
    const input = signUpInput.parse({ name: "Racer", email, password: STRONG_PASSWORD, workspaceName: "Race Co" });
    const outcomes = await Promise.all([signUp(db(), input, uniqueIp()), signUp(db(), input, uniqueIp())]);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("limits the new workspaces one IP can create per hour, also when the sign-ups arrive all at once", async () => {
    const ip = uniqueIp();
    const input = () => signUpInput.parse({ name: "Sam", email: uniqueEmail("burst"), password: STRONG_PASSWORD, workspaceName: "Burst Co" });
    const tenantsBefore = await db().tenant.count();
    const results = await Promise.allSettled(Array.from({ length: MAX_SIGN_UPS_PER_IP + 5 }, () => signUp(db(), input(), ip)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_SIGN_UPS_PER_IP);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/Try again in (59|60) minutes/) });
    expect(await db().tenant.count()).toBe(tenantsBefore + MAX_SIGN_UPS_PER_IP);
    // Another address is not affected.
    await expect(signUp(db(), input(), uniqueIp())).resolves.toMatchObject({ created: true });
  });

  it("an email that already has an account uses up a sign-up too (the same answer, the same cost)", async () => {
    const ip = uniqueIp();
    const { email } = await newAdmin();
    const existing = signUpInput.parse({ name: "Copy", email, password: STRONG_PASSWORD, workspaceName: "Copy Co" });
    for (let i = 0; i < MAX_SIGN_UPS_PER_IP; i++) await signUp(db(), existing, ip);
    const fresh = signUpInput.parse({ name: "New", email: uniqueEmail("new"), password: STRONG_PASSWORD, workspaceName: "New Co" });
    await expect(signUp(db(), fresh, ip)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("applies the password policy: length, common passwords, not the email", () => {
    const base = { name: "P", email: "pat.person@example.test", workspaceName: "W" };
    const problem = (password: string) => {
      const parsed = signUpInput.safeParse({ ...base, password });
      return parsed.success ? null : parsed.error.issues.find((i) => i.path[0] === "password")?.message;
    };
    expect(problem("Short-pw-1")).toMatch(/at least 12/);
    expect(problem("password1234")).toMatch(/too common/);
    expect(problem("Qwertyuiop123")).toMatch(/too common/);
    expect(problem("PAT.PERSON@example.test")).toMatch(/not be your email/);
    expect(problem(STRONG_PASSWORD)).toBeNull();
  });
});

describe("authenticate", () => {
  it("accepts the right password, gives the session version, and records the sign-in in the user's workspace", async () => {
    const { email, userId, tenantId } = await newAdmin();
    const ip = uniqueIp();
    await expect(authenticate(db(), { email: email.toUpperCase(), password: STRONG_PASSWORD, ip })).resolves.toEqual({ ok: true, userId, sessionVersion: 0 });
    const event = await db().auditEvent.findFirst({ where: { action: "auth.sign_in", actorUserId: userId } });
    expect(event).toMatchObject({ tenantId, ip });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const { email } = await newAdmin();
    const wrongPassword = await authenticate(db(), { email, password: "Not-the-password-1", ip: uniqueIp() });
    const unknown = await authenticate(db(), { email: uniqueEmail("nobody"), password: STRONG_PASSWORD, ip: uniqueIp() });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrongPassword);
    expect(INVALID_CREDENTIALS_MESSAGE).toBe("Email or password is incorrect.");
    expect(await failedChecks(email)).toBe(1);
  });

  it("40 wrong passwords sent in parallel: no more than the limit are checked, the rest are throttled", async () => {
    const { email } = await newAdmin();
    const ip = uniqueIp();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate(db(), { email, password: wrong(i), ip })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(40 - MAX_FAILURES_PER_PAIR);
    expect(await failedChecks(email)).toBe(MAX_FAILURES_PER_PAIR);
  });

  it("39 wrong passwords and the right one sent together: no session", async () => {
    const { email } = await newAdmin();
    const ip = uniqueIp();
    const attempts = [...Array.from({ length: 39 }, (_, i) => wrong(i)), STRONG_PASSWORD].map((password) => authenticate(db(), { email, password, ip }));
    const results = await Promise.all(attempts);
    expect(results.some((r) => r.ok)).toBe(false);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await failedChecks(email)).toBeLessThanOrEqual(MAX_FAILURES_PER_PAIR);
  });

  it("an attacker's failures lock out the attacker's address only: the victim's right password from another address works", async () => {
    const { email, userId, tenantId } = await newAdmin();
    const attacker = uniqueIp();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect(await authenticate(db(), { email, password: wrong(i), ip: attacker })).toEqual({ ok: false, reason: "invalid" });
    // The attacker is out, even with the right password …
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: attacker })).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(throttledMessage(15)).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_throttled", actorEmail: email, tenantId } })).toBe(1);
    // … while the account's owner, from an address that has not failed, signs in.
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: uniqueIp() })).toEqual({ ok: true, userId, sessionVersion: 0 });
  });

  it("each lockout of an account + address is longer than the last, and the right password clears them", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { email, userId } = await newAdmin();
    const ip = uniqueIp();
    const failFiveTimes = async () => {
      for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect(await authenticate(db(), { email, password: wrong(i), ip })).toMatchObject({ reason: "invalid" });
    };
    await failFiveTimes();
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ reason: "throttled", retryAfterMinutes: FIRST_LOCKOUT_SECONDS / 60 });
    vi.setSystemTime(Date.now() + FIRST_LOCKOUT_SECONDS * 1000 + 1000);
    await failFiveTimes();
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ reason: "throttled", retryAfterMinutes: lockoutSeconds(2) / 60 });
    expect(lockoutSeconds(2)).toBe(2 * FIRST_LOCKOUT_SECONDS);
    vi.setSystemTime(Date.now() + lockoutSeconds(2) * 1000 + 1000);
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ ok: true, userId });
    // Cleared: the next lockout is the first one again.
    await failFiveTimes();
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ reason: "throttled", retryAfterMinutes: FIRST_LOCKOUT_SECONDS / 60 });
  });

  it("failures before a successful sign-in no longer count", async () => {
    const { email, userId } = await newAdmin();
    const ip = uniqueIp();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) await authenticate(db(), { email, password: wrong(i), ip });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ ok: true, userId });
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) await authenticate(db(), { email, password: wrong(i), ip });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ ok: true, userId });
  });

  it("throttles an address that sprays guesses over many accounts, also in parallel; other addresses are not affected", async () => {
    const ip = uniqueIp();
    const sprayed = await Promise.all(Array.from({ length: MAX_FAILURES_PER_IP + 10 }, () => authenticate(db(), { email: uniqueEmail("spray"), password: STRONG_PASSWORD, ip })));
    expect(sprayed.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_IP);
    const { email } = await newAdmin();
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it gains nothing", async () => {
    const { email } = await newAdmin();
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await authenticate(db(), { email, password: wrong(i), ip: `${prefix}::${(i + 1).toString(16)}` });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: `${prefix}::abcd` })).toMatchObject({ reason: "throttled" });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: `2001:db8:ffff:2::1` })).toMatchObject({ ok: true });
  });

  it("successful sign-ins from one address do not use up its allowance", async () => {
    const ip = uniqueIp();
    const { email } = await newAdmin();
    for (let i = 0; i < MAX_FAILURES_PER_IP + 5; i++) expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toMatchObject({ ok: true });
  });
});
