import type { Listed, SearchHit } from "@/lib/recruspace/schemas";
import { invalidateList } from "./store";
import { sharedList } from "./lists";
import { CACHED_LISTS } from "./names";

/**
 * A Search by Email answer, kept per tenant and key record for EMAIL_ANSWER_TTL_MS so the form's duplicate
 * check and the add that follows it cost one call, not two. Every search asks Recruspace and keeps its
 * answer (freshEmailAnswer); only the check before a write (what existed before: the form's own check is
 * the same age) reads a kept one (recentEmailAnswer). The look after a lost answer always asks anew.
 * Dropped whenever a candidate is added.
 */
export const EMAIL_ANSWER_TTL_MS = 30_000;

export function recentEmailAnswer(tenantId: string, keyRecordId: string, email: string, load: () => Promise<Listed<SearchHit>>): Promise<Listed<SearchHit>> {
  return sharedList(tenantId, CACHED_LISTS.emailSearches, { key: keyRecordId, email }, load, { lifetimeMs: EMAIL_ANSWER_TTL_MS });
}

/** Asks Recruspace now and keeps the answer (here and, on PostgreSQL, for every instance) for the add that may follow. */
export function freshEmailAnswer(tenantId: string, keyRecordId: string, email: string, load: () => Promise<Listed<SearchHit>>): Promise<Listed<SearchHit>> {
  return sharedList(tenantId, CACHED_LISTS.emailSearches, { key: keyRecordId, email }, load, { lifetimeMs: EMAIL_ANSWER_TTL_MS, fresh: true });
}

export function invalidateEmailAnswers(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.emailSearches);
}
