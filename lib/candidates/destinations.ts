import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";

export type DestinationOption = { value: string; label: string; kind: "job_post" | "talent_pool" };
export type DestinationList = { options: DestinationOption[]; jobPostsTruncated: boolean };

/** One page is plenty for a picker; more posts are reached by typing (server-side title search). */
const JOB_POST_PAGE_SIZE = 100;

/** Open posts first; archived ones cannot take new candidates in practice, so they are left out. */
const STATUS_ORDER: Record<string, number> = { published: 0, draft: 1, closed: 2 };

export async function listDestinations(api: RecruspaceClient, search = ""): Promise<DestinationList> {
  const term = search.trim();
  const [posts, pools] = await Promise.all([
    api.listJobPosts({ page: 1, page_size: JOB_POST_PAGE_SIZE, ...(term ? { search: term } : {}) }),
    api.listTalentPools(),
  ]);
  const jobPosts = posts.results
    .filter((post) => post.status in STATUS_ORDER)
    .sort((a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!)
    .map((post): DestinationOption => ({
      value: `job_post:${post.hash}`,
      label: post.status === "published" ? post.title : `${post.title} (${post.status})`,
      kind: "job_post",
    }));
  const needle = term.toLowerCase();
  const talentPools = pools
    .filter((pool) => !needle || pool.name.toLowerCase().includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pool): DestinationOption => ({ value: `talent_pool:${pool.id}`, label: pool.name, kind: "talent_pool" }));
  return { options: [...jobPosts, ...talentPools], jobPostsTruncated: posts.count > posts.results.length };
}
