import "server-only";
import type { Db } from "@/lib/db";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { LostWriteError } from "@/lib/errors/failures";
import { mayHaveHappened } from "@/lib/recruspace/errors";

/** A note as this workspace recorded it (Recruspace offers no way to list a candidate's notes). */
export type WorkspaceNote = { id: string; text: string; authorName: string; createdAt: string };

export const MAX_NOTE_LENGTH = 5_000;

/** Adds the note in Recruspace, then keeps the workspace's own record of it, then audits. */
export async function addCandidateNote(
  database: Db,
  client: RecruspaceClient,
  actor: Actor,
  input: { candidateId: number; text: string },
): Promise<WorkspaceNote> {
  let upstream: Awaited<ReturnType<RecruspaceClient["addNote"]>>;
  try {
    upstream = await client.addNote({ candidate_id: input.candidateId, text: input.text });
  } catch (error) {
    // Recruspace cannot list a candidate's notes, so a lost answer cannot be checked.
    throw mayHaveHappened(error) ? new LostWriteError(error, "cannot_check", "note") : error;
  }
  const row = await database.candidateNote.create({
    data: {
      tenantId: actor.tenantId,
      candidateId: input.candidateId,
      authorUserId: actor.userId,
      authorName: actor.userName || actor.userEmail,
      text: input.text,
      recruspaceId: upstream.value?.id ?? null,
    },
  });
  await recordActorAudit(actor, {
    action: "candidate.note_added",
    targetType: "candidate",
    targetId: String(input.candidateId),
    metadata: { length: input.text.length },
  });
  return toWorkspaceNote(row);
}

/** This tenant's notes on a candidate, newest first; another tenant's notes are never returned. */
export async function listWorkspaceNotes(database: Db, tenantId: string, candidateId: number): Promise<WorkspaceNote[]> {
  const rows = await database.candidateNote.findMany({
    where: { tenantId, candidateId },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map(toWorkspaceNote);
}

function toWorkspaceNote(row: { id: string; text: string; authorName: string; createdAt: Date }): WorkspaceNote {
  return { id: row.id, text: row.text, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}
