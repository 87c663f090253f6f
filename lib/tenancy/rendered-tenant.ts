import { StaleWorkspaceError } from "@/lib/errors/failures";
import type { TenantContext } from "./context";

/**
 * A stale tab must not write into the workspace that happens to be active now. Every page is rendered
 * for one workspace (its gate's `ctx.tenantId`); what the page hands its forms carries that id:
 * - server actions: the page binds it as the action's first argument (`bindToPage`, lib/actions);
 * - the upload routes under /api/uploads: the browser sends it in this header.
 * The gate then compares it with the active workspace (the cookie) and refuses a mismatch or a missing
 * id with StaleWorkspaceError ("reload the page"). Reads are not affected: a page shows whatever
 * workspace it was rendered for, and its own links carry no state.
 */
export { RENDERED_TENANT_HEADER } from "./rendered-tenant-header";

/** Throws StaleWorkspaceError unless `rendered` is the caller's active workspace id. */
export function assertRenderedTenant(ctx: Pick<TenantContext, "tenantId" | "tenantName" | "memberships">, rendered: unknown): void {
  if (typeof rendered === "string" && rendered === ctx.tenantId) return;
  // Named only when it is one of the caller's own workspaces: an id from anywhere else says nothing.
  const page = typeof rendered === "string" ? ctx.memberships.find((membership) => membership.tenantId === rendered) : undefined;
  throw new StaleWorkspaceError(ctx.tenantName, page?.tenantName ?? null);
}
