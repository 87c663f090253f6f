import "server-only";
import { cachedList } from "@/lib/list-cache/store";
import { CACHED_LISTS } from "./names";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import type { CandidateSummary, CompanyUser, JobPostSummary, Listed, Office, Page, TalentPool } from "@/lib/recruspace/schemas";
import type { JobPostQuery } from "@/lib/job-posts/list-query";
import { filterLocally, type JobPostsPage } from "@/lib/job-posts/local-filter";

/**
 * Upstream lists, cached per tenant for a short time: a repeat view within the TTL makes no
 * Recruspace call (and does not even decrypt the key).
 */
export async function jobPostsPage(tenantId: string, client: ClientSource, query: JobPostQuery): Promise<JobPostsPage> {
  const page = await cachedList(tenantId, CACHED_LISTS.jobPosts, query, async () =>
    (await client()).listJobPosts({
      page: query.page,
      page_size: query.pageSize,
      status: query.status,
      search: query.search,
    }),
  );
  return filterLocally(page, query);
}


export function talentPools(tenantId: string, client: ClientSource): Promise<Listed<TalentPool>> {
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

export function companyOffices(tenantId: string, client: ClientSource): Promise<Listed<Office>> {
  return cachedList(tenantId, CACHED_LISTS.offices, {}, async () => (await client()).listCompanyOffices());
}

export function companyUsers(tenantId: string, client: ClientSource): Promise<Listed<CompanyUser>> {
  return cachedList(tenantId, CACHED_LISTS.users, {}, async () => (await client()).listCompanyUsers());
}
