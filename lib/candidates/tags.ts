import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { ConflictError } from "@/lib/recruspace/errors";
import { recordActorAudit, type Actor } from "@/lib/audit/record";

export type AddTagOutcome = { status: "added"; tag: { id: number; title: string } } | { status: "already_present"; title: string };

export const MAX_TAG_LENGTH = 100;

/** Adds a tag; a tag the candidate already has (409) is a success the user need not worry about. */
export async function addCandidateTag(
  client: RecruspaceClient,
  actor: Actor,
  input: { candidateId: number; title: string },
): Promise<AddTagOutcome> {
  try {
    const tag = await client.addTag({ candidate_id: input.candidateId, title: input.title });
    await recordActorAudit(actor, {
      action: "candidate.tag_added",
      targetType: "candidate",
      targetId: String(input.candidateId),
      metadata: { tag: tag.title },
    });
    return { status: "added", tag: { id: tag.id, title: tag.title } };
  } catch (error) {
    if (error instanceof ConflictError) return { status: "already_present", title: input.title };
    throw error;
  }
}
