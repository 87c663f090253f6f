import { z } from "zod";
import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { signUpThrottledMessage, signUpWaitMinutes } from "@/lib/auth/sign-up-throttle";

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

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

/** Creates the user, their company workspace and their admin membership in one transaction. */
export async function signUp(
  database: Db,
  input: z.output<typeof signUpInput>,
  ip?: string | null,
): Promise<{ userId: string; tenantId: string }> {
  const email = normalizeEmail(input.email);
  if (ip) {
    const wait = await signUpWaitMinutes(database, ip);
    if (wait > 0) throw new UserFacingError("rate_limited", signUpThrottledMessage(wait));
  }
  if (await database.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserFacingError("conflict", DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.password);
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
    if (isUniqueViolation(error)) throw new UserFacingError("conflict", DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });
    throw error;
  }
  await recordAudit({ action: "auth.sign_up", tenantId: created.tenantId, actorUserId: created.userId, actorEmail: email, ip });
  return created;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
