"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, type ActionResult } from "@/lib/actions/result";
import { toActionFailure } from "@/lib/actions/errors";
import { zodFieldErrors } from "@/lib/actions/zod-errors";
import { db } from "@/lib/db";
import { passwordProblem } from "@/lib/auth/password-policy";
import { currentUserId } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { acceptInvite, lookupInvite, signUpWithInvite } from "@/lib/tenancy/invites";

const tokenInput = z.object({ token: z.string().min(1).max(200) });

/** Signed-in only (the user has no membership in the inviting tenant yet): joins and switches to it. */
export async function acceptInviteAction(raw: z.input<typeof tokenInput>): Promise<ActionResult<null>> {
  const parsed = tokenInput.safeParse(raw);
  if (!parsed.success) return fail("validation", "This invite link is not valid.");
  const userId = await currentUserId();
  if (!userId) return fail("unauthenticated", "Please sign in to accept the invite.");
  let tenantId: string;
  try {
    ({ tenantId } = await acceptInvite(db(), { token: parsed.data.token, userId }));
  } catch (error) {
    return toActionFailure(error, "invite.accept");
  }
  await setActiveTenantCookie(tenantId);
  redirect("/");
}

const signUpInput = tokenInput.extend({
  name: z.string().trim().min(1, "Enter your name.").max(120),
  password: z.string().max(1024),
});

/** A new person signs up through the invite: the email is the invite's, never the form's. */
export async function signUpWithInviteAction(raw: z.input<typeof signUpInput>): Promise<ActionResult<null>> {
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
  const lookup = await lookupInvite(db(), parsed.data.token);
  const email = lookup.status === "valid" ? lookup.invite.email : null;
  const problem = passwordProblem(parsed.data.password, email);
  if (problem) return fail("validation", "Please correct the highlighted fields.", { password: [problem] });
  let tenantId: string;
  try {
    ({ tenantId } = await signUpWithInvite(db(), parsed.data));
  } catch (error) {
    return toActionFailure(error, "invite.signUp");
  }
  const refused = await signInWithPassword(email!, parsed.data.password);
  if (refused) return refused;
  await setActiveTenantCookie(tenantId);
  redirect("/");
}
