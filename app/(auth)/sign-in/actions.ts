"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

const input = z.object({
  email: z.string().trim().min(1, "Enter your email.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
  next: z.string().max(2000).optional(),
});

/** Signs in with email + password (throttled and audited in lib/auth), then goes to `next` or home. */
export const signInAction = defineAction({ name: "auth.signIn", role: "public", input }, async (values) => {
  await signInWithPassword(values.email, values.password);
  redirect(safeNextPath(values.next) ?? "/");
});
