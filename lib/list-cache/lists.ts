import "server-only";
import { cachedList } from "@/lib/list-cache/store";
import { CACHED_LISTS } from "./names";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import type { CandidateSummary, CompanyUser, JobPostSummary, Office, Page, TalentPool } from "@/lib/recruspace/schemas";
import type { JobPostQuery } from "@/lib/job-posts/list-query";

/**
 * Upstream lists, cached per tenant for a short time: a repeat view within the TTL makes no
 * Recruspace call (and does not even decrypt the key).
 */
export function jobPostsPage(tenantId: string, client: ClientSource, query: JobPostQuery): Promise<Page<JobPostSummary>> {
  return cachedList(tenantId, CACHED_LISTS.jobPosts, query, async () =>
    (await client()).listJobPosts({
      page: query.page,
      page_size: query.pageSize,
      status: query.status,
      search: query.search,
    }),
  );
}

export function talentPools(tenantId: string, client: ClientSource): Promise<TalentPool[]> {
  return cachedList(tenantId, CACHED_LISTS.talentPools, {}, async () => (await client()).listTalentPools());
}

export function poolCandidatesPage(
  tenantId: string,
  client: ClientSource,
  poolId: number,
  page: number,
  pageSize: number,
): Promise<Page<CandidateSummary>> {
  return cachedList(tenantId, CACHED_LISTS.poolCandidates, { poolId, page, pageSize }, async () =>
    (await client()).listTalentPoolCandidates(poolId, { page, page_size: pageSize }),
  );
}

export function companyOffices(tenantId: string, client: ClientSource): Promise<Office[]> {
  return cachedList(tenantId, CACHED_LISTS.offices, {}, async () => (await client()).listCompanyOffices());
}

export function companyUsers(tenantId: string, client: ClientSource): Promise<CompanyUser[]> {
  return cachedList(tenantId, CACHED_LISTS.users, {}, async () => (await client()).listCompanyUsers());
}
