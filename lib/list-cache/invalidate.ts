import { invalidateList } from "@/lib/list-cache/store";
import { patchSharedList } from "./lists";
import type { Listed, TalentPool } from "@/lib/recruspace/schemas";
import { CACHED_LISTS } from "./names";
import { invalidateCandidates } from "./candidate-answer";
import { invalidateEmailAnswers } from "./email-answer";

/**
 * Called by every mutation that changes a cached list, so the next view shows the change.
 * The candidates area calls `onCandidateAdded` after creating, manually adding or applying a candidate.
 */
export function invalidateTalentPools(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.talentPools);
}

export function invalidatePoolCandidates(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.poolCandidates);
}

export function invalidateJobPosts(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.jobPosts);
}

/**
 * A new candidate changes pool counts and pool member lists, and job posts' applicant counts; adding an
 * existing person to a pool or post changes their own answer (its pools) too.
 */
export function onCandidateAdded(tenantId: string, _target?: { talentPoolId?: number | null; jobPostHash?: string | null }): void {
  invalidateCandidates(tenantId);
  invalidateEmailAnswers(tenantId);
  invalidateTalentPools(tenantId);
  invalidatePoolCandidates(tenantId);
  invalidateJobPosts(tenantId);
}

/**
 * A pool created, with the answer Recruspace gave: only the pool list changed (a new pool has no people, so no
 * member list or candidate answer names it), and it changed by this pool. The cached list becomes the list
 * plus the pool, here and, on PostgreSQL, for every instance, so the next view of the pools (or a pool picker)
 * costs no call anywhere.
 */
export function onTalentPoolCreated(tenantId: string, pool: TalentPool): void {
  patchSharedList<Listed<TalentPool>>(tenantId, CACHED_LISTS.talentPools, {}, (listed) =>
    Array.isArray(listed?.items) ? { ...listed, items: [...listed.items.filter((item) => item.id !== pool.id), pool] } : null,
  );
}

/** A pool deletion detaches its candidates: its count, its member list and its members' answers (their pools) go. */
export function onTalentPoolsChanged(tenantId: string): void {
  invalidateTalentPools(tenantId);
  invalidatePoolCandidates(tenantId);
  invalidateCandidates(tenantId);
}

/** A tag was added (or a bulk tag ended): the candidates' answers and the pool lists (they show tags) go. */
export function onCandidatesTagged(tenantId: string): void {
  invalidateCandidates(tenantId);
  invalidatePoolCandidates(tenantId);
}
