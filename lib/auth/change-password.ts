import { z } from "zod";
import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { checkPassword, recordAuthEvent } from "./authenticate";
import { isHashQueueFull } from "./hash-slots";
import { hashPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { BUSY_MESSAGE, throttledMessage } from "./throttle";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024),
  newPassword: z.string().max(1024),
});

export const WRONG_CURRENT_PASSWORD = "This is not your current password.";

/**
 * Changes the signed-in user's password: the new one must pass the password policy and differ from
 * the current one, the current one is checked as a sign-in is (throttled per account + IP, so a
 * stolen session cannot guess it faster than a sign-in could), and the session version moves on in
 * the same write, so every session issued before (other devices, a copied cookie) stops working.
 * The caller signs this device in again with the new password.
 */
export async function changePassword(
  database: Db,
  actor: { userId: string; userEmail: string; ip: string },
  input: z.output<typeof changePasswordInput>,
): Promise<void> {
  const problem = passwordProblem(input.newPassword, actor.userEmail);
  if (problem) throw new UserFacingError("validation", "Please correct the highlighted fields.", { newPassword: [problem] });
  if (input.newPassword === input.currentPassword) {
    throw new UserFacingError("validation", "Please correct the highlighted fields.", { newPassword: ["Choose a password different from your current one."] });
  }
  const check = await checkPassword(database, { email: actor.userEmail, password: input.currentPassword, ip: actor.ip });
  if (!check.ok) {
    if (check.reason === "throttled") throw new UserFacingError("rate_limited", throttledMessage(check.retryAfterMinutes));
    if (check.reason === "busy") throw new UserFacingError("rate_limited", BUSY_MESSAGE);
    throw new UserFacingError("validation", "Please correct the highlighted fields.", { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  if (check.userId !== actor.userId) throw new UserFacingError("unauthenticated", "Please sign in again.");
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(input.newPassword);
  } catch (error) {
    if (isHashQueueFull(error)) throw new UserFacingError("rate_limited", BUSY_MESSAGE);
    throw error;
  }
  await database.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await recordAuthEvent(database, { action: "auth.password_changed", actorUserId: actor.userId, actorEmail: actor.userEmail, ip: actor.ip });
}
