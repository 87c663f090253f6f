import "server-only";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import { jobPostsPage, talentPools } from "@/lib/list-cache/lists";
import { jobPostTitle } from "@/lib/job-posts/title";

export type DestinationOption = { value: string; label: string; kind: "job_post" | "talent_pool" };
export type DestinationList = { options: DestinationOption[]; jobPostsTruncated: boolean };

/** One page is plenty for a picker; more posts are reached by typing (server-side title search). */
const JOB_POST_PAGE_SIZE = 100;

/** Open posts first; archived ones cannot take new candidates in practice, so they are left out. */
const STATUS_ORDER: Record<string, number> = { published: 0, draft: 1, closed: 2 };

/**
 * Read through the tenant's list cache (the same entries as the pool and job-post pages, dropped by the
 * same writes), so a repeat search in the picker within the cache's lifetime makes no Recruspace call.
 */
export async function listDestinations(tenantId: string, client: ClientSource, search = ""): Promise<DestinationList> {
  const term = search.trim();
  const [posts, pools] = await Promise.all([
    jobPostsPage(tenantId, client, { page: 1, pageSize: JOB_POST_PAGE_SIZE, search: term || undefined }),
    talentPools(tenantId, client),
  ]);
  // The status is an inferred field: a post whose status is unknown is offered (last), one known to be archived is not.
  const rank = (status: string | null) => (status === null ? 3 : (STATUS_ORDER[status] ?? 4));
  const jobPosts = posts.results
    .filter((post) => rank(post.status) < 4)
    .sort((a, b) => rank(a.status) - rank(b.status))
    .map((post): DestinationOption => {
      const title = jobPostTitle(post);
      return { value: `job_post:${post.hash}`, label: post.status === "published" || post.status === null ? title : `${title} (${post.status})`, kind: "job_post" };
    });
  const needle = term.toLowerCase();
  const poolOptions = pools.items
    .filter((pool) => !needle || pool.name.toLowerCase().includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pool): DestinationOption => ({ value: `talent_pool:${pool.id}`, label: pool.name, kind: "talent_pool" }));
  return { options: [...jobPosts, ...poolOptions], jobPostsTruncated: posts.count > posts.results.length + posts.hiddenByLocalFilter };
}
