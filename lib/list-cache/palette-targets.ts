import "server-only";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import { jobPostTitle } from "@/lib/job-posts/title";
import { jobPostsPage, talentPools } from "./lists";

/** The pools and job posts the command palette can jump to. */
export type PaletteTargets = {
  pools: { id: number; name: string; candidateCount: number | null }[];
  jobPosts: { hash: string; title: string; status: string | null }[];
  /** More job posts exist than the palette lists; it offers the job-post search for the rest. */
  moreJobPosts: boolean;
};

/** The palette lists the first page of job posts at the largest page size. */
export const PALETTE_JOB_POSTS = { page: 1, pageSize: 100 } as const;

/** From the cached list reads: within their TTL no Recruspace call at all. */
export async function paletteTargets(tenantId: string, client: ClientSource): Promise<PaletteTargets> {
  const [pools, posts] = await Promise.all([talentPools(tenantId, client), jobPostsPage(tenantId, client, PALETTE_JOB_POSTS)]);
  return {
    pools: pools.items.map((pool) => ({ id: pool.id, name: pool.name, candidateCount: pool.candidate_count })),
    jobPosts: posts.results.map((post) => ({ hash: post.hash, title: jobPostTitle(post), status: post.status })),
    moreJobPosts: posts.count > posts.results.length + posts.skipped,
  };
}
