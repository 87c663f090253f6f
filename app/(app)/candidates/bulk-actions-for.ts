import type { BulkActions } from "@/components/candidates/bulk-panel";
import { bindToPage } from "@/lib/actions/define-action";
import { bulkAddAction, bulkFinishedAction, bulkTagAction } from "./bulk-actions";
import { listDestinations } from "./new/actions";

/** The bulk actions a list with row selection gets (the pool's people, search results), bound to the page's workspace. */
export function bulkActionsFor(ctx: { tenantId: string }): BulkActions {
  return { ...bindToPage(ctx, { tag: bulkTagAction, add: bulkAddAction, finished: bulkFinishedAction }), listDestinations };
}
