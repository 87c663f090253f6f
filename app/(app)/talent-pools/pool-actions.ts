import type { PoolActions } from "@/components/talent-pools/pool-dialogs";
import { createTalentPoolAction, deleteTalentPoolAction, renameTalentPoolAction } from "./actions";

/** The pool actions both pool pages hand to the pool dialogs. */
export const poolActions: PoolActions = {
  create: createTalentPoolAction,
  rename: renameTalentPoolAction,
  remove: deleteTalentPoolAction,
};
