import type { PoolActions } from "@/components/talent-pools/pool-dialogs";
import { bindToPage } from "@/lib/actions/define-action";
import type { Role } from "@/lib/tenancy/roles";
import { createTalentPoolAction, deleteTalentPoolAction, renameTalentPoolAction } from "./actions";

/**
 * The pool actions both pool pages hand to the pool dialogs, bound to the workspace the page shows.
 * Only admins get `remove` (the action refuses members anyway), so members see no Delete button.
 */
export function poolActionsFor(ctx: { tenantId: string; role: Role }): PoolActions {
  const bound = bindToPage(ctx, { create: createTalentPoolAction, rename: renameTalentPoolAction, remove: deleteTalentPoolAction });
  return ctx.role === "admin" ? bound : { create: bound.create, rename: bound.rename };
}
