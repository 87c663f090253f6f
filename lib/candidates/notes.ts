import "server-only";
import type { Db } from "@/lib/db";
import type { CandidateDetail, RecruspaceClient } from "@/lib/recruspace/client";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { logUnexpected } from "@/lib/errors/describe";
import { LostWriteError, UpstreamFailure } from "@/lib/errors/failures";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { mayHaveHappened } from "@/lib/recruspace/errors";
import { findActiveKey } from "@/lib/vault/api-keys";
import { NOTE_NOT_RECORDED } from "./note-messages";

/** A note as this workspace recorded it (Recruspace offers no way to list a candidate's notes). */
export type WorkspaceNote = { id: string; text: string; authorName: string; createdAt: string };

export const MAX_NOTE_LENGTH = 5_000;

/**
 * The Recruspace account a note belongs to. A candidate id means something only inside one Recruspace
 * company, and a workspace's key can be replaced by another company's key, so every note records the key
 * record it was written with and the candidate's `company` (documented as the company's name) as
 * Recruspace gave it. A note is listed for the workspace's current account when
 *   - it was written with the current key record (a key identifies one company, so this holds even after
 *     the company is renamed), or
 *   - it was written with another key of this workspace, and Recruspace names the same company for the
 *     candidate now as it did then: a replacement key of the same company keeps the notes; another
 *     company's key, or a company the app cannot tell (unknown `company`), does not; or
 *   - it records neither (written before notes recorded their account, or by an instance not yet
 *     updated) and was written while the current key was already the workspace's key.
 * Notes that do not match stay in the table; they show again if the workspace goes back to that account.
 */
export type NoteAccount = { apiKeyId: string | null; company: string | null };

/** The workspace's account now: its active key record (and since when) and the company Recruspace names. */
export type CurrentAccount = NoteAccount & { keySince: Date | null };

/** The candidate's company as an account identity: the documented name (or an id, should it be one). */
export function companyOf(candidate: Pick<CandidateDetail, "company">): string | null {
  const value = candidate.company;
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.trim()) return value.trim();
  return null;
}

export function isSameAccount(note: NoteAccount & { createdAt: Date }, current: CurrentAccount): boolean {
  if (note.apiKeyId !== null && note.apiKeyId === current.apiKeyId) return true;
  if (note.company !== null && current.company !== null) return note.company === current.company;
  return note.apiKeyId === null && note.company === null && current.keySince !== null && note.createdAt >= current.keySince;
}

/**
 * The candidate's company, from the same client (so the same key) the note is written with. A missing
 * candidate or a rejected key stops the flow before anything is sent; any other failure leaves the
 * company unknown, and the note is then bound to its key record only.
 */
async function companyForNote(client: RecruspaceClient, candidateId: number): Promise<string | null> {
  try {
    return companyOf(await client.getCandidate(candidateId));
  } catch (error) {
    if (!(error instanceof UpstreamFailure) || error.kind === "not_found" || error.kind === "unauthorized") throw error;
    return null;
  }
}

/**
 * Adds the note in Recruspace, then keeps the workspace's own record of it, then audits. When the record
 * cannot be written after Recruspace accepted the note, the user is told exactly that (NOTE_NOT_RECORDED),
 * never a generic failure that would invite a second copy.
 */
export async function addCandidateNote(
  database: Db,
  client: RecruspaceClient,
  actor: Actor,
  input: { candidateId: number; text: string },
): Promise<WorkspaceNote> {
  const keyBefore = await findActiveKey(database, actor.tenantId);
  const company = await companyForNote(client, input.candidateId);
  let upstream: Awaited<ReturnType<RecruspaceClient["addNote"]>>;
  try {
    upstream = await client.addNote({ candidate_id: input.candidateId, text: input.text });
  } catch (error) {
    // Recruspace cannot list a candidate's notes, so a lost answer cannot be checked.
    throw mayHaveHappened(error) ? new LostWriteError(error, "cannot_check", "note") : error;
  }
  const audit = (recorded: boolean) =>
    recordActorAudit(actor, {
      action: "candidate.note_added",
      targetType: "candidate",
      targetId: String(input.candidateId),
      metadata: recorded ? { length: input.text.length } : { length: input.text.length, recorded: false },
    });

  let row;
  try {
    row = await database.candidateNote.create({
      data: {
        tenantId: actor.tenantId,
        candidateId: input.candidateId,
        authorUserId: actor.userId,
        authorName: actor.userName || actor.userEmail,
        text: input.text,
        recruspaceId: upstream.value?.id ?? null,
        // The client was made from the active key just before this flow read it: this key or, only if an
        // admin replaced it in between, an older one of the workspace; never a newer one.
        apiKeyId: keyBefore?.id ?? null,
        company,
      },
    });
  } catch (error) {
    logUnexpected("candidates.addNote (recording a note Recruspace accepted)", error);
    await audit(false).catch(() => undefined);
    throw new UserFacingError("internal", NOTE_NOT_RECORDED);
  }
  // The note is in Recruspace and here: a failed audit line must not make the user add it again.
  await audit(true).catch((error: unknown) => logUnexpected("candidates.addNote (audit)", error));
  return toWorkspaceNote(row);
}

/**
 * This tenant's notes on a candidate of its current Recruspace account (see NoteAccount), newest first;
 * another tenant's notes, and notes written for a candidate of another account, are never returned.
 * `candidate` is what Recruspace just answered for the id with the workspace's active key. Notes listed
 * through the active key that do not record their account fully learn it here (the key record, and the
 * company when Recruspace names it), so they stay listed after a replacement key of the same company.
 */
export async function listWorkspaceNotes(database: Db, tenantId: string, candidate: Pick<CandidateDetail, "id" | "company">): Promise<WorkspaceNote[]> {
  const key = await findActiveKey(database, tenantId);
  const current: CurrentAccount = { apiKeyId: key?.id ?? null, company: companyOf(candidate), keySince: key?.createdAt ?? null };
  const account = [
    ...(current.apiKeyId !== null ? [{ apiKeyId: current.apiKeyId }] : []),
    ...(current.company !== null ? [{ company: current.company }] : []),
    ...(current.keySince !== null ? [{ apiKeyId: null, company: null, createdAt: { gte: current.keySince } }] : []),
  ];
  if (account.length === 0) return [];
  const rows = (
    await database.candidateNote.findMany({
      where: { tenantId, candidateId: candidate.id, OR: account },
      orderBy: { createdAt: "desc" },
      take: 200,
    })
  ).filter((row) => isSameAccount(row, current));
  await learnAccount(database, tenantId, rows, current);
  return rows.map(toWorkspaceNote);
}

/** Records the current account on listed notes that lack it; a failure only means it is learned next time. */
async function learnAccount(database: Db, tenantId: string, rows: (NoteAccount & { id: string })[], current: CurrentAccount): Promise<void> {
  if (current.apiKeyId === null) return;
  const unbound = rows.filter((row) => row.apiKeyId === null && row.company === null).map((row) => row.id);
  const nameless = rows.filter((row) => row.apiKeyId === current.apiKeyId && row.company === null).map((row) => row.id);
  try {
    if (unbound.length > 0) {
      await database.candidateNote.updateMany({
        where: { id: { in: unbound }, tenantId, apiKeyId: null, company: null },
        data: { apiKeyId: current.apiKeyId, company: current.company },
      });
    }
    if (nameless.length > 0 && current.company !== null) {
      await database.candidateNote.updateMany({ where: { id: { in: nameless }, tenantId, apiKeyId: current.apiKeyId, company: null }, data: { company: current.company } });
    }
  } catch (error) {
    logUnexpected("candidates.listNotes (recording the account)", error);
  }
}

function toWorkspaceNote(row: { id: string; text: string; authorName: string; createdAt: Date }): WorkspaceNote {
  return { id: row.id, text: row.text, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}
