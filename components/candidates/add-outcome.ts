import type { AddOutcome } from "@/lib/candidates/add";

/** What the add forms show after a successful add: who, and anything the user should know. */
export type Added = { id: number | null; name: string; email: string; note?: string };

export function addedFrom(outcome: Extract<AddOutcome, { status: "created" }>): Added {
  const { candidate } = outcome;
  const notes = [
    outcome.recovered ? "Recruspace was slow to answer, but the candidate was created (checked by email)." : null,
    candidate.id === null ? "Recruspace confirmed the add without saying the new candidate's number; find them by email." : null,
  ].filter(Boolean);
  return {
    id: candidate.id,
    name: `${candidate.firstName} ${candidate.lastName}`.trim() || candidate.email,
    email: candidate.email,
    note: notes.join(" ") || undefined,
  };
}

/** The candidate's page, or the search for their email when the new record's number is unknown. */
export function addedHref(added: Added): string {
  return added.id === null ? `/search?email=${encodeURIComponent(added.email)}` : `/candidates/${added.id}`;
}
