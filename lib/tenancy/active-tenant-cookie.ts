import "server-only";
import { cookies, headers } from "next/headers";
import { ACTIVE_TENANT_COOKIE } from "./gate";
import { ACTIVE_TENANT_COOKIE_OPTIONS } from "./switch-tenant";

/** Remembers the chosen workspace; httpOnly, sameSite lax, secure whenever the app is served over https. */
export async function setActiveTenantCookie(tenantId: string): Promise<void> {
  const [store, h] = await Promise.all([cookies(), headers()]);
  const https = h.get("x-forwarded-proto") === "https" || (process.env.AUTH_URL ?? "").startsWith("https:");
  store.set(ACTIVE_TENANT_COOKIE, tenantId, { ...ACTIVE_TENANT_COOKIE_OPTIONS, secure: https });
}

export async function clearActiveTenantCookie(): Promise<void> {
  (await cookies()).delete(ACTIVE_TENANT_COOKIE);
}
