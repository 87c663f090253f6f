import type { RecruspaceClient } from "@/lib/recruspace/client";
import type {
  CandidateDetail,
  CandidateSummary,
  CompanyUser,
  JobPost,
  JobPostQuestion,
  JobPostSummary,
  Office,
  Page,
  SearchHit,
  TalentPool,
} from "@/lib/recruspace/schemas";
import type { TenantContext } from "@/lib/tenancy/context";

export type { CandidateDetail, CompanyUser, JobPostQuestion, JobPostSummary, Office, TalentPool };
export type JobPostsPage = Page<JobPostSummary>;
export type JobPostDetail = JobPost;
export type PoolCandidatesPage = Page<CandidateSummary>;
export type PoolCandidate = CandidateSummary;
export type EmailMatch = SearchHit;

/** Creates the tenant's client only when a cache miss needs it (decrypting the key costs a DB read). */
export type ClientSource = () => Promise<RecruspaceClient>;

/** Who is acting, for audit entries and the workspace's own note records. */
export type WorkspaceActor = Pick<TenantContext, "tenantId" | "userId" | "userEmail" | "userName">;
