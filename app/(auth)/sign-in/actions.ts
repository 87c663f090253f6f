"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, type ActionResult } from "@/lib/actions/result";
import { zodFieldErrors } from "@/lib/actions/zod-errors";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

const input = z.object({
  email: z.string().trim().min(1, "Enter your email.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
  next: z.string().max(2000).optional(),
});

/** Signs in with email + password (throttled and audited in lib/auth), then goes to `next` or home. */
export async function signInAction(raw: z.input<typeof input>): Promise<ActionResult<null>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
  const refused = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (refused) return refused;
  redirect(safeNextPath(parsed.data.next) ?? "/");
}
