import type { PoolActions } from "@/components/talent-pools/pool-dialogs";
import { bindToPage } from "@/lib/actions/define-action";
import { createTalentPoolAction, deleteTalentPoolAction, renameTalentPoolAction } from "./actions";

/** The pool actions both pool pages hand to the pool dialogs, bound to the workspace the page shows. */
export function poolActionsFor(ctx: { tenantId: string }): PoolActions {
  return bindToPage(ctx, { create: createTalentPoolAction, rename: renameTalentPoolAction, remove: deleteTalentPoolAction });
}
