import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { SearchHit as EmailMatch } from "@/lib/recruspace/schemas";

export type EmailSearchOutcome =
  | { kind: "exact"; candidateId: number; email: string }
  | { kind: "matches"; matches: EmailMatch[] }
  | { kind: "none" };

/** Pure decision: one exact (case-insensitive) match opens it; partial matches become a list. */
export function classifyEmailMatches(query: string, matches: readonly EmailMatch[]): EmailSearchOutcome {
  const wanted = query.trim().toLowerCase();
  const exact = matches.filter((m) => m.email.toLowerCase() === wanted);
  if (exact.length === 1) return { kind: "exact", candidateId: exact[0]!.id, email: exact[0]!.email };
  if (matches.length === 0) return { kind: "none" };
  // Exact matches first (several candidates can share an email across posts/pools), then the rest.
  const sorted = [...matches].sort((a, b) => Number(b.email.toLowerCase() === wanted) - Number(a.email.toLowerCase() === wanted));
  return { kind: "matches", matches: sorted };
}

export async function searchCandidatesByEmail(client: RecruspaceClient, query: string): Promise<EmailSearchOutcome> {
  const trimmed = query.trim();
  if (!trimmed) return { kind: "none" };
  return classifyEmailMatches(trimmed, (await client.searchCandidatesByEmail(trimmed)).items);
}
