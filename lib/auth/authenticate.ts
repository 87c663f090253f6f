import type { Db } from "@/lib/db";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { normalizeEmail } from "./email";
import { burnVerifyTime, verifyPassword } from "./password-hash";
import { checkSignInThrottle, recordSignInAttempt } from "./throttle";

export type AuthenticateResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

/**
 * Checks an email + password with throttling per account and per IP. Unknown emails and wrong
 * passwords look the same from outside (same answer, same work done). The password is never stored or logged.
 */
export async function authenticate(
  database: Db,
  input: { email: string; password: string; ip: string },
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const ip = input.ip || "unknown";
  const throttle = await checkSignInThrottle(database, { email, ip });
  if (throttle.throttled) {
    const known = await database.user.findUnique({ where: { email }, select: { id: true } });
    await recordAuthEvent(database, { action: "auth.sign_in_throttled", actorUserId: known?.id ?? null, actorEmail: email, ip, metadata: { retryAfterMinutes: throttle.retryAfterMinutes } });
    return { ok: false, reason: "throttled", retryAfterMinutes: throttle.retryAfterMinutes };
  }
  const user = await database.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
  await recordSignInAttempt(database, { email, ip, success: valid });
  if (!user || !valid) {
    await recordAuthEvent(database, { action: "auth.sign_in_failed", actorUserId: user?.id ?? null, actorEmail: email, ip });
    return { ok: false, reason: "invalid" };
  }
  await recordAuthEvent(database, { action: "auth.sign_in", actorUserId: user.id, actorEmail: email, ip });
  return { ok: true, userId: user.id };
}

/**
 * Sign-in events of a known user go to each workspace they belong to, so its admins see them on the
 * audit page; events about unknown emails belong to no workspace.
 */
async function recordAuthEvent(database: Db, entry: AuditEntry & { actorUserId: string | null }): Promise<void> {
  const tenantIds = entry.actorUserId
    ? (await database.membership.findMany({ where: { userId: entry.actorUserId }, select: { tenantId: true } })).map((m) => m.tenantId)
    : [];
  if (tenantIds.length === 0) return recordAudit({ ...entry, tenantId: null });
  for (const tenantId of tenantIds) await recordAudit({ ...entry, tenantId });
}
