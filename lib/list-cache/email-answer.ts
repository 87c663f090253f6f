import type { Listed, SearchHit } from "@/lib/recruspace/schemas";
import { cachedList, invalidateList } from "./store";
import { CACHED_LISTS } from "./names";

/**
 * A Search by Email answer, kept per tenant and key record for EMAIL_ANSWER_TTL_MS so the form's duplicate
 * check and the add that follows it cost one call, not two. Only for the check before a write (what
 * existed before): the form's own check is the same age. Never for the look after a lost answer, which
 * must see Recruspace now. Dropped whenever a candidate is added.
 */
export const EMAIL_ANSWER_TTL_MS = 30_000;

export function recentEmailAnswer(tenantId: string, keyRecordId: string, email: string, load: () => Promise<Listed<SearchHit>>): Promise<Listed<SearchHit>> {
  return cachedList(tenantId, CACHED_LISTS.emailSearches, { key: keyRecordId, email }, load, EMAIL_ANSWER_TTL_MS);
}

export function invalidateEmailAnswers(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.emailSearches);
}
