import type { CandidateDetail, CandidateSummary, JobPostSummary } from "@/lib/recruspace/schemas";
import type { SeenPerson } from "./record";

/** The people of one page of a pool's list (what parsed of each), seen in that pool. */
export function seenInPool(results: readonly CandidateSummary[], pool: { id: number; name: string | null } | null): SeenPerson[] {
  return results.map((candidate) => ({
    id: candidate.id,
    email: candidate.email,
    firstName: candidate.first_name,
    lastName: candidate.last_name,
    tags: candidate.tags ? candidate.tags.map((tag) => tag.title) : null,
    pool: pool && pool.name ? { id: pool.id, name: pool.name } : null,
  }));
}

/** The example candidates job posts show (documented id, email and names). */
export function seenInJobPosts(posts: readonly Pick<JobPostSummary, "example_candidates">[]): SeenPerson[] {
  return posts.flatMap((post) => (post.example_candidates ?? []).map((c) => ({ id: c.id, email: c.email, firstName: c.first_name, lastName: c.last_name })));
}

/** A candidate opened in full: documented names and tags, the pools when the answer names them. */
export function seenOpened(candidate: Pick<CandidateDetail, "id" | "email" | "first_name" | "last_name" | "tags">): SeenPerson {
  return { id: candidate.id, email: candidate.email, firstName: candidate.first_name, lastName: candidate.last_name, tags: candidate.tags ? candidate.tags.map((tag) => tag.title) : null };
}
