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
