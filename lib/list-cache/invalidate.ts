import { invalidateList } from "@/lib/list-cache/store";
import { CACHED_LISTS } from "./names";

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

/** A new candidate changes pool counts and pool member lists, and job posts' applicant counts. */
export function onCandidateAdded(tenantId: string, _target?: { talentPoolId?: number | null; jobPostHash?: string | null }): void {
  invalidateTalentPools(tenantId);
  invalidatePoolCandidates(tenantId);
  invalidateJobPosts(tenantId);
}

/** A pool deletion detaches its candidates: its count and member list go, nothing else changes. */
export function onTalentPoolsChanged(tenantId: string): void {
  invalidateTalentPools(tenantId);
  invalidatePoolCandidates(tenantId);
}
