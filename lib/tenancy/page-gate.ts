import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireTenant } from "./gate";
import { GateError } from "@/lib/errors/failures";
import type { TenantContext } from "./context";
import type { Role } from "./roles";
import { safeNextPath } from "@/lib/auth/next-path";

/**
 * The gate for server components: signed-out visitors go to /sign-in (and come back afterwards),
 * members without the required role see /forbidden. `next` defaults to the path the proxy reports.
 */
export async function requireTenantPage(role: Role = "member", next?: string): Promise<TenantContext> {
  try {
    return await requireTenant(role);
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    if (error.reason === "unauthenticated") {
      const back = safeNextPath(next ?? (await headers()).get("x-pathname"));
      redirect(back && back !== "/" ? `/sign-in?next=${encodeURIComponent(back)}` : "/sign-in");
    }
    redirect(error.reason === "no_tenant" ? "/forbidden?reason=no_tenant" : `/forbidden?role=${role}`);
  }
}
