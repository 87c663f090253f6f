"use server";

import { signOut } from "@/lib/auth/config";
import { clearActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";

export async function signOutAction(): Promise<void> {
  await clearActiveTenantCookie();
  await signOut({ redirectTo: "/sign-in" });
}
