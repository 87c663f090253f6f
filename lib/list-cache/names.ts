/** Names of the cached upstream lists; one place so reads and invalidations cannot drift apart. */
export const CACHED_LISTS = {
  jobPosts: "job-posts",
  talentPools: "talent-pools",
  poolCandidates: "talent-pool-candidates",
  offices: "company-offices",
  users: "company-users",
} as const;
