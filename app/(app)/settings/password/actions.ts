"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { changePassword, changePasswordInput } from "@/lib/auth/change-password";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { db } from "@/lib/db";

/**
 * Changes the password, which signs out every other session; this device is signed in again with the new one.
 * The password belongs to the person, not to a workspace, so a tab rendered for another workspace may change it.
 */
export const changePasswordAction = defineAction(
  { name: "auth.changePassword", role: "member", staleTab: "allow", input: changePasswordInput },
  async (values, ctx) => {
  await changePassword(db(), { userId: ctx.userId, userEmail: ctx.userEmail, ip: ctx.ip }, values);
  await signInWithPassword(ctx.userEmail, values.newPassword);
  redirect("/settings/password?changed=1");
  },
);
