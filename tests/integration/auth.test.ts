import { describe, expect, it } from "vitest";
import { authenticate, INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/authenticate";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS, recordSignInAttempt, throttledMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { signUp, signUpInput } from "@/lib/tenancy/signup";
import { MAX_SIGN_UPS_PER_IP } from "@/lib/auth/sign-up-throttle";
import { newAdmin, STRONG_PASSWORD, uniqueEmail, uniqueIp } from "../support/auth-fixtures";

describe("sign-up", () => {
  it("creates the user, a workspace and an admin membership, with an argon2id hash", async () => {
    const { userId, tenantId, email } = await newAdmin("Globex Hiring");
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: { include: { tenant: true } } } });
    expect(user.email).toBe(email);
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ tenantId, role: "admin" });
    expect(user.memberships[0]!.tenant.name).toBe("Globex Hiring");
    const audit = await db().auditEvent.findFirst({ where: { tenantId, action: "auth.sign_up" } });
    expect(audit?.actorUserId).toBe(userId);
  });

  it("refuses a second account for the same email, whatever its case, and creates nothing", async () => {
    const { email } = await newAdmin();
    const tenantsBefore = await db().tenant.count();
    const input = signUpInput.parse({ name: "Copy", email: email.toUpperCase(), password: STRONG_PASSWORD, workspaceName: "Copy Co" });
    await expect(signUp(db(), input)).rejects.toThrowError(UserFacingError);
    await expect(signUp(db(), input)).rejects.toMatchObject({ code: "conflict" });
    expect(await db().tenant.count()).toBe(tenantsBefore);
  });

  it("limits the new workspaces one IP can create per hour, and creates nothing when refused", async () => {
    const ip = uniqueIp();
    const input = () => signUpInput.parse({ name: "Sam", email: uniqueEmail("burst"), password: STRONG_PASSWORD, workspaceName: "Burst Co" });
    // Earlier sign-ups from this IP: one just outside the hour, the rest inside it.
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db().auditEvent.create({ data: { action: "auth.sign_up", ip, createdAt: minutesAgo(61) } });
    for (let i = 0; i < MAX_SIGN_UPS_PER_IP - 1; i++) {
      await db().auditEvent.create({ data: { action: "auth.sign_up", ip, createdAt: minutesAgo(50 - i) } });
    }
    await signUp(db(), input(), ip); // the 10th within the hour
    const tenantsBefore = await db().tenant.count();
    const refused = signUp(db(), input(), ip);
    await expect(refused).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/Try again in (9|10) minutes/) });
    expect(await db().tenant.count()).toBe(tenantsBefore);
    // Another address is not affected.
    await expect(signUp(db(), input(), uniqueIp())).resolves.toMatchObject({ tenantId: expect.any(String) });
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
  it("accepts the right password and records the sign-in in the user's workspace", async () => {
    const { email, userId, tenantId } = await newAdmin();
    const ip = uniqueIp();
    await expect(authenticate(db(), { email: email.toUpperCase(), password: STRONG_PASSWORD, ip })).resolves.toEqual({ ok: true, userId });
    const event = await db().auditEvent.findFirst({ where: { action: "auth.sign_in", actorUserId: userId } });
    expect(event).toMatchObject({ tenantId, ip });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const { email } = await newAdmin();
    const wrong = await authenticate(db(), { email, password: "Not-the-password-1", ip: uniqueIp() });
    const unknown = await authenticate(db(), { email: uniqueEmail("nobody"), password: STRONG_PASSWORD, ip: uniqueIp() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(INVALID_CREDENTIALS_MESSAGE).toBe("Email or password is incorrect.");
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_failed", actorEmail: email } })).toBe(1);
  });

  it("throttles an account after repeated failures, from any IP, even with the right password", async () => {
    const { email, tenantId } = await newAdmin();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await authenticate(db(), { email, password: `Wrong-password-${i}`, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticate(db(), { email, password: STRONG_PASSWORD, ip: uniqueIp() });
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(throttledMessage(15)).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_throttled", actorEmail: email, tenantId } })).toBe(1);
  });

  it("counts only failures inside the window, and not those before a successful sign-in", async () => {
    const { email, userId } = await newAdmin();
    const ip = uniqueIp();
    const old = new Date(Date.now() - THROTTLE_WINDOW_MS - 60_000);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInAttempt(db(), { email, ip, success: false, at: old });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toEqual({ ok: true, userId });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await authenticate(db(), { email, password: "Wrong-password-x1", ip });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip })).toEqual({ ok: true, userId });
  });

  it("throttles an IP that fails across many accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await recordSignInAttempt(db(), { email: uniqueEmail("spray"), ip, success: false });
    }
    const { email } = await newAdmin();
    const result = await authenticate(db(), { email, password: STRONG_PASSWORD, ip });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });
});
