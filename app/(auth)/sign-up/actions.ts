"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/auth/email";
import { signUp, signUpInput } from "@/lib/tenancy/signup";

/**
 * Creates the account, the company workspace and the admin membership, or nothing when the email
 * already has an account; either way the visitor lands on sign-in with the same words
 * (SIGN_UP_ANSWER), so sign-up never tells whether an email is registered.
 */
export const signUpAction = defineAction({ name: "auth.signUp", role: "public", input: signUpInput }, async (values, ctx) => {
  await signUp(db(), values, ctx.ip);
  redirect(`/sign-in?${new URLSearchParams({ signedUp: "1", email: normalizeEmail(values.email) })}`);
});
