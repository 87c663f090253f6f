import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { LostWriteError } from "@/lib/errors/failures";
import { ConflictError, mayHaveHappened } from "@/lib/recruspace/errors";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { onCandidatesTagged } from "@/lib/list-cache/invalidate";
import { db } from "@/lib/db";
import { addSeenTag } from "@/lib/candidate-index/record";

export type AddTagOutcome = { status: "added"; tag: { id: number | null; title: string } } | { status: "already_present"; title: string };

export { MAX_TAG_LENGTH } from "./schemas";

/**
 * Adds a tag; a tag the candidate already has (409) is a success the user need not worry about.
 * `bulk`: one person of a bulk tag (lib/candidates/bulk.ts): the audit entry says so, and the cached
 * answers are dropped once when the whole run ends instead of after every person.
 */
export async function addCandidateTag(
  client: RecruspaceClient,
  actor: Actor,
  input: { candidateId: number; title: string },
  { bulk = false }: { bulk?: boolean } = {},
): Promise<AddTagOutcome> {
  try {
    const accepted = await client.addTag({ candidate_id: input.candidateId, title: input.title }).finally(() => {
      if (!bulk) onCandidatesTagged(actor.tenantId);
    });
    // Added either way; an unreadable answer only leaves its id unknown.
    const tag = { id: accepted.value?.id ?? null, title: accepted.value?.title ?? input.title };
    await recordActorAudit(actor, {
      action: "candidate.tag_added",
      targetType: "candidate",
      targetId: String(input.candidateId),
      metadata: bulk ? { tag: tag.title, bulk: true } : { tag: tag.title },
    });
    await rememberTag(actor.tenantId, input.candidateId, tag.title);
    return { status: "added", tag };
  } catch (error) {
    if (error instanceof ConflictError) {
      await rememberTag(actor.tenantId, input.candidateId, input.title);
      return { status: "already_present", title: input.title };
    }
    // The same tag twice is a 409, never a second tag: after a lost answer trying again is safe.
    throw mayHaveHappened(error) ? new LostWriteError(error, "retry_safe") : error;
  }
}

/** The workspace index learns the tag of a person it already knows (a tag alone does not make an entry). */
function rememberTag(tenantId: string, candidateId: number, title: string): Promise<void> {
  return addSeenTag(db(), tenantId, candidateId, title);
}
