"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAuthEvent } from "@/lib/auth/authenticate";
import { signOut } from "@/lib/auth/config";
import { revokeSessions } from "@/lib/auth/session-check";
import { db } from "@/lib/db";
import { clearActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";

const signOutNow = defineAction({ name: "auth.signOut", role: "public", input: z.unknown() }, async () => {
  await clearActiveTenantCookie();
  await signOut({ redirectTo: "/sign-in" });
});

/** A plain form action, so signing out works before JavaScript has loaded; success is a redirect. */
export async function signOutAction(): Promise<void> {
  await signOutNow(undefined);
}

/**
 * Signs the user out on every device: the session version moves on, so every session cookie issued
 * before (a copied one too) is refused from the next request on, then this device's cookie is cleared.
 */
const signOutEverywhereNow = defineAction({ name: "auth.signOutEverywhere", role: "public", input: z.unknown() }, async (_input, ctx) => {
  const userId = await ctx.currentUserId();
  if (userId) {
    await revokeSessions(db(), userId);
    const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
    await recordAuthEvent(db(), { action: "auth.signed_out_everywhere", actorUserId: userId, actorEmail: user?.email ?? null, ip: ctx.ip });
  }
  await clearActiveTenantCookie();
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
});

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhereNow(undefined);
}
