"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { passwordProblem } from "@/lib/auth/password-policy";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { acceptInvite, lookupInvite, signUpWithInvite } from "@/lib/tenancy/invites";

const tokenInput = z.object({ token: z.string().min(1, "This invite link is not valid.").max(200, "This invite link is not valid.") });

/** Signed-in only (the user has no membership in the inviting tenant yet): joins and switches to it. */
export const acceptInviteAction = defineAction({ name: "invite.accept", role: "public", input: tokenInput }, async (values, ctx) => {
  const userId = await ctx.currentUserId();
  if (!userId) throw new UserFacingError("unauthenticated", "Please sign in to accept the invite.");
  const { tenantId } = await acceptInvite(db(), { token: values.token, userId });
  await setActiveTenantCookie(tenantId);
  redirect("/");
});

const signUpInput = tokenInput.extend({
  name: z.string().trim().min(1, "Enter your name.").max(120),
  password: z.string().max(1024),
});

/** A new person signs up through the invite: the email is the invite's, never the form's. */
export const signUpWithInviteAction = defineAction({ name: "invite.signUp", role: "public", input: signUpInput }, async (values) => {
  const lookup = await lookupInvite(db(), values.token);
  const email = lookup.status === "valid" ? lookup.invite.email : null;
  const problem = passwordProblem(values.password, email);
  if (problem) throw new UserFacingError("validation", "Please correct the highlighted fields.", { password: [problem] });
  const { tenantId } = await signUpWithInvite(db(), values);
  await signInWithPassword(email!, values.password);
  await setActiveTenantCookie(tenantId);
  redirect("/");
});
