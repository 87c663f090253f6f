import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";

/** A candidate record with exactly the email asked about (Search by Email: documented `{id, email}`). */
export type EmailMatch = { id: number; email: string };

/** How many records with one email the form shows (several can share it: one per pool or post). */
export const MAX_SHOWN_MATCHES = 20;

const normalised = (email: string) => email.trim().toLowerCase();

/** Keeps the records whose email is exactly `email` (ignoring case), the way Recruspace's uniqueness does. */
export function exactMatches(email: string, hits: readonly EmailMatch[]): EmailMatch[] {
  const wanted = normalised(email);
  return hits.filter((hit) => normalised(hit.email) === wanted);
}

/** A client that can also serve a Search by Email answered moments ago (the tenant's client does). */
type EmailSearcher = RecruspaceClient & { recentEmailSearch?: RecruspaceClient["searchCandidatesByEmail"] };

/**
 * The records with exactly this email: one documented call, no guess about where they are. Used as
 * the form's advisory duplicate check, and after a write whose answer was lost, to see what exists.
 * `recent`: the check before an add may reuse the answer the form's check just got (same key, ≤ 30 s);
 * a look after a lost answer never does.
 */
export async function findByEmail(client: EmailSearcher, email: string, { recent = false }: { recent?: boolean } = {}): Promise<EmailMatch[]> {
  const search = recent && client.recentEmailSearch ? client.recentEmailSearch : client.searchCandidatesByEmail;
  const hits = (await search(normalised(email))).items;
  return exactMatches(email, hits.map((hit) => ({ id: hit.id, email: hit.email })));
}
