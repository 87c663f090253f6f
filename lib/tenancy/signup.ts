import { z } from "zod";
import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/email";
import { isHashQueueFull } from "@/lib/auth/hash-slots";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { releaseSignUp, reserveSignUp, signUpThrottledMessage } from "@/lib/auth/sign-up-throttle";

export { SIGN_UP_ANSWER } from "./sign-up-answer";

export const signUpInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    email: z.email("Enter a valid email address.").max(320, "Use at most 320 characters."),
    password: z.string().max(1024),
    workspaceName: z.string().trim().min(1, "Enter your company's workspace name.").max(120, "Use at most 120 characters."),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type SignUpInput = z.input<typeof signUpInput>;

/** Used where the flow already knows the email (an invite names it): a second account for it is refused. */
export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

export const SIGN_UP_BUSY_MESSAGE = "Too many sign-ups at once right now. Try again in a minute.";

export type SignUpOutcome = { created: true; userId: string; tenantId: string } | { created: false };

/**
 * Creates the user, their company workspace and their admin membership in one transaction, or, for
 * an email that already has an account, creates nothing. Both take the same steps up to that point
 * (the sign-up counted, the password hashed), so neither the answer nor its timing tells them apart;
 * only the caller learns the outcome, and the sign-up action answers both the same way.
 */
export async function signUp(database: Db, input: z.output<typeof signUpInput>, ip?: string | null): Promise<SignUpOutcome> {
  const email = normalizeEmail(input.email);
  if (ip) {
    const counted = await reserveSignUp(ip);
    if (!counted.ok) throw new UserFacingError("rate_limited", signUpThrottledMessage(counted.waitMinutes));
  }
  try {
    const passwordHash = await hashPassword(input.password);
    if (await database.user.findUnique({ where: { email }, select: { id: true } })) return await existingEmail(email, ip);
    let created: { userId: string; tenantId: string };
    try {
      created = await database.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email, name: input.name, passwordHash } });
        const tenant = await tx.tenant.create({ data: { name: input.workspaceName } });
        await tx.membership.create({ data: { userId: user.id, tenantId: tenant.id, role: "admin" } });
        return { userId: user.id, tenantId: tenant.id };
      });
    } catch (error) {
      // Two sign-ups racing for one email: the unique index decides.
      if (isUniqueViolation(error)) return await existingEmail(email, ip);
      throw error;
    }
    await recordAudit({ action: "auth.sign_up", tenantId: created.tenantId, actorUserId: created.userId, actorEmail: email, ip });
    return { created: true, ...created };
  } catch (error) {
    // A failure of ours does not use up the visitor's sign-ups.
    if (ip) await releaseSignUp(ip).catch(() => {});
    if (isHashQueueFull(error)) throw new UserFacingError("rate_limited", SIGN_UP_BUSY_MESSAGE);
    throw error;
  }
}

async function existingEmail(email: string, ip: string | null | undefined): Promise<SignUpOutcome> {
  // Belongs to no workspace: the person signing up is not known to be the account's owner.
  await recordAudit({ action: "auth.sign_up_existing_email", tenantId: null, actorEmail: email, ip });
  return { created: false };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
