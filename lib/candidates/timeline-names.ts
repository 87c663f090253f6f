import "server-only";
import type { CandidateDetail } from "@/lib/recruspace/schemas";
import { talentPools } from "@/lib/list-cache/lists";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import type { TimelineEvent } from "./timeline";

export type TimelineNames = { pools: Record<number, string>; jobPosts: Record<string, string> };

/**
 * Names for the places a timeline mentions: pools from the cached pool list (asked for only when an event
 * names a pool; no call within the cache's life), posts from what the candidate's own record names.
 * A name that cannot be had is shown by its number.
 */
export async function timelineNames(tenantId: string, candidate: Pick<CandidateDetail, "job_post" | "initial_applied_job_post">, events: TimelineEvent[]): Promise<TimelineNames> {
  const jobPosts: Record<string, string> = {};
  for (const post of [candidate.job_post, candidate.initial_applied_job_post]) {
    if (post?.hash && post.title) jobPosts[post.hash] = post.title;
  }
  const pools: Record<number, string> = {};
  if (events.some((event) => event.destination?.kind === "talent_pool")) {
    try {
      for (const pool of (await talentPools(tenantId, clientSourceFor(tenantId))).items) pools[pool.id] = pool.name;
    } catch {
      // The names are a nicety (a rate limit or an outage must not cost the page): pools show by number.
    }
  }
  return { pools, jobPosts };
}
