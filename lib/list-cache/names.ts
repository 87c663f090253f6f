/** Names of the cached upstream lists; one place so reads and invalidations cannot drift apart. */
export const CACHED_LISTS = {
  jobPosts: "job-posts",
  talentPools: "talent-pools",
  poolCandidates: "talent-pool-candidates",
  offices: "company-offices",
  users: "company-users",
  /** One candidate's answer, per key record (lib/list-cache/candidate-answer.ts). */
  candidates: "candidate",
  /** Search by Email answers for the check before an add (lib/list-cache/email-answer.ts). */
  emailSearches: "email-search",
} as const;

/** The lists every instance on PostgreSQL shares (lib/list-cache/shared-lists.ts); answers that hold file links stay per process. */
export const SHARED_LISTS: ReadonlySet<string> = new Set([CACHED_LISTS.jobPosts, CACHED_LISTS.talentPools, CACHED_LISTS.poolCandidates, CACHED_LISTS.offices, CACHED_LISTS.users]);
