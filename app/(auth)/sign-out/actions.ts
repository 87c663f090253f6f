"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth/config";
import { clearActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";

const signOutNow = defineAction({ name: "auth.signOut", role: "public", input: z.unknown() }, async () => {
  await clearActiveTenantCookie();
  await signOut({ redirectTo: "/sign-in" });
});

/** A plain form action, so signing out works before JavaScript has loaded; success is a redirect. */
export async function signOutAction(): Promise<void> {
  await signOutNow(undefined);
}
