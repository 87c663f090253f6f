"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { signUp, signUpInput } from "@/lib/tenancy/signup";

/** Creates the account, the company workspace and the admin membership, then signs in. */
export const signUpAction = defineAction({ name: "auth.signUp", role: "public", input: signUpInput }, async (values, ctx) => {
  const { tenantId } = await signUp(db(), values, ctx.ip);
  await signInWithPassword(values.email, values.password);
  await setActiveTenantCookie(tenantId);
  redirect("/");
});
