import { call, type Target } from "./target";

/** Discovers ids to test with from the account itself, so the suite also works on a real account. */
export async function firstJobPost(target: Target): Promise<{ hash: string }> {
  const page = await call(target, "/api/v1/client/job-posts/?page_size=5");
  const post = page.body.results?.[0];
  if (!post) throw new Error("the account has no job posts to test with");
  return post;
}

export async function firstPoolWithCandidates(target: Target): Promise<{ id: number; candidate_count: number }> {
  const pools = await call<{ id: number; candidate_count: number }[]>(target, "/api/v1/client/talent-pools/");
  const pool = pools.body.find((p) => p.candidate_count > 0);
  if (!pool) throw new Error("the account has no talent pool with candidates to test with");
  return pool;
}

export async function someCandidate(target: Target): Promise<{ id: number; email: string }> {
  const pool = await firstPoolWithCandidates(target);
  const page = await call(target, `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`);
  return page.body.results[0];
}

/** A unique email per call, so tests never depend on each other's data. */
let counter = 0;
export function uniqueEmail(prefix = "contract"): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}@example.test`;
}
