"use server";

import { redirect } from "next/navigation";
import { fail, type ActionResult } from "@/lib/actions/result";
import { toActionFailure } from "@/lib/actions/errors";
import { zodFieldErrors } from "@/lib/actions/zod-errors";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { requestIp } from "@/lib/tenancy/gate";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { signUp, signUpInput, type SignUpInput } from "@/lib/tenancy/signup";

/** Creates the account, the company workspace and the admin membership, then signs in. */
export async function signUpAction(raw: SignUpInput): Promise<ActionResult<null>> {
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
  let tenantId: string;
  try {
    ({ tenantId } = await signUp(db(), parsed.data, await requestIp()));
  } catch (error) {
    return toActionFailure(error, "auth.signUp");
  }
  const refused = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (refused) return refused;
  await setActiveTenantCookie(tenantId);
  redirect("/");
}
