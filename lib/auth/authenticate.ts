import type { Db } from "@/lib/db";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { UNKNOWN_IP } from "./client-ip";
import { normalizeEmail } from "./email";
import { isHashQueueFull } from "./hash-slots";
import { burnVerifyTime, verifyPassword } from "./password-hash";
import { reserveSignInAttempt, settleSignInAttempt } from "./throttle";

export type PasswordCheck =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number }
  | { ok: false; reason: "busy" };

export type AuthenticateResult = PasswordCheck;

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

/**
 * The throttled password check behind sign-in and the password change (lib/auth/throttle.ts): the try
 * is counted first, then the password is checked, then the count is settled, so parallel tries can
 * never check more passwords than the limits allow. Unknown emails and wrong passwords look the same
 * from outside (same answer, same work done). The password is never stored or logged.
 */
export async function checkPassword(database: Db, input: { email: string; password: string; ip: string }): Promise<PasswordCheck> {
  const email = normalizeEmail(input.email);
  const decision = await reserveSignInAttempt({ email, ip: input.ip || UNKNOWN_IP });
  if (decision.throttled) return { ok: false, reason: "throttled", retryAfterMinutes: decision.retryAfterMinutes };
  let outcome: "success" | "failure" | "not_checked" = "not_checked";
  try {
    const user = await database.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, sessionVersion: true } });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
    outcome = valid ? "success" : "failure";
    return user && valid ? { ok: true, userId: user.id, sessionVersion: user.sessionVersion } : { ok: false, reason: "invalid" };
  } catch (error) {
    if (isHashQueueFull(error)) return { ok: false, reason: "busy" };
    throw error;
  } finally {
    await settleSignInAttempt(decision.reservation, outcome);
  }
}

/** Sign-in: the throttled check, audited in the user's workspaces. */
export async function authenticate(database: Db, input: { email: string; password: string; ip: string }): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const ip = input.ip || UNKNOWN_IP;
  const result = await checkPassword(database, { email, password: input.password, ip });
  if (result.ok) {
    await recordAuthEvent(database, { action: "auth.sign_in", actorUserId: result.userId, actorEmail: email, ip });
    return result;
  }
  if (result.reason === "busy") return result;
  const known = await database.user.findUnique({ where: { email }, select: { id: true } });
  if (result.reason === "throttled") {
    await recordAuthEvent(database, { action: "auth.sign_in_throttled", actorUserId: known?.id ?? null, actorEmail: email, ip, metadata: { retryAfterMinutes: result.retryAfterMinutes } });
  } else {
    await recordAuthEvent(database, { action: "auth.sign_in_failed", actorUserId: known?.id ?? null, actorEmail: email, ip });
  }
  return result;
}

/**
 * Sign-in events of a known user go to each workspace they belong to, so its admins see them on the
 * audit page; events about unknown emails belong to no workspace.
 */
export async function recordAuthEvent(database: Db, entry: AuditEntry & { actorUserId: string | null }): Promise<void> {
  const tenantIds = entry.actorUserId
    ? (await database.membership.findMany({ where: { userId: entry.actorUserId }, select: { tenantId: true } })).map((m) => m.tenantId)
    : [];
  if (tenantIds.length === 0) return recordAudit({ ...entry, tenantId: null });
  for (const tenantId of tenantIds) await recordAudit({ ...entry, tenantId });
}
