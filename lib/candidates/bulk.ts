import "server-only";
import type { Actor } from "@/lib/audit/record";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { onCandidateAdded, onCandidatesTagged } from "@/lib/list-cache/invalidate";
import { addExistingToDestination } from "./add";
import { recordAdded, runAdd } from "./add-result";
import type { BulkAnswer, BulkKind } from "./bulk-queue";
import { encodeDestination, type Destination } from "./schemas";
import { addCandidateTag } from "./tags";

/**
 * One person of a bulk action (the browser's loop is lib/candidates/bulk-queue.ts): the same domain
 * code as the single action on the candidate's page, audited the same way with `bulk: true`, on a
 * client of "background" priority. Nothing is invalidated per person: `finishBulk` does it once.
 */

/** Tags one person; a tag they already have (409) is "already there". */
export async function bulkTagOne(client: RecruspaceClient, actor: Actor, input: { candidateId: number; title: string }): Promise<BulkAnswer> {
  const outcome = await addCandidateTag(client, actor, input, { bulk: true });
  return { outcome: outcome.status === "added" ? "done" : "already_there" };
}

/**
 * Adds an existing person to another pool or post with their own details and CV, as the profile's
 * "Add to a job post or pool" does. Recruspace's 409 is what says "already there"; after a lost
 * answer the add flow looks by email and says only what it found (lib/candidates/add.ts).
 */
export async function bulkAddOne(client: RecruspaceClient, actor: Actor, input: { candidateId: number; destination: Destination }): Promise<BulkAnswer> {
  const outcome = await runAdd(() => addExistingToDestination(client, input.candidateId, input.destination, null));
  const destination = encodeDestination(input.destination);
  await recordAdded(actor, outcome, "candidate.added_to_destination", { destination, existingCandidateId: input.candidateId }, input.candidateId, { bulk: true });
  // "exists" is only for a new person's form (it stops to ask); an existing person's add never stops there.
  return { outcome: outcome.status === "created" ? "done" : "already_there" };
}

/** The end of a run (finished or cancelled): the cached lists its writes changed go, once. */
export function finishBulk(tenantId: string, kind: BulkKind): void {
  if (kind === "tag") onCandidatesTagged(tenantId);
  else onCandidateAdded(tenantId);
}
