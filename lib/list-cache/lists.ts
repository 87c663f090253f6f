import "server-only";
import { cachedList, DEFAULT_TTL_MS, invalidateEntry, patchList, type CacheParams } from "@/lib/list-cache/store";
import { CACHED_LISTS } from "./names";
import { throughSharedList, type SharedAnswer } from "./shared-lists";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import type { CandidateSummary, CompanyUser, Listed, Office, Page, TalentPool } from "@/lib/recruspace/schemas";
import type { JobPostQuery } from "@/lib/job-posts/list-query";
import { filterLocally, type JobPostsPage } from "@/lib/job-posts/local-filter";

/**
 * Upstream answers, cached per tenant for a short time: a repeat view within the TTL makes no
 * Recruspace call (and does not even decrypt the key), on this instance or, on PostgreSQL, any other.
 */
export async function sharedList<T>(
  tenantId: string,
  list: string,
  params: CacheParams,
  load: () => Promise<T>,
  {
    lifetimeMs = DEFAULT_TTL_MS,
    fresh = false,
  }: {
    /** A function when the answer itself bounds how long it may be served (its file links expire). */
    lifetimeMs?: number | ((value: T) => number);
    /** Ask Recruspace now even when an answer is kept here or shared (it was refused, or must be current); keep the new one. */
    fresh?: boolean;
  } = {},
): Promise<T> {
  if (fresh) invalidateEntry(tenantId, list, params);
  const answer = await cachedList(
    tenantId,
    list,
    params,
    (key) => throughSharedList(tenantId, key, load, lifetimeMs, { fresh }),
    // A copy from another instance lives here only as long as it had left there.
    (shared) => shared.expiresAt - Date.now(),
  );
  return answer.value;
}

/**
 * A change whose effect on one list answer is known: the answer is patched where it is cached (this process
 * keeps it with its expiry, the shared tier as the bare value) instead of being asked for again.
 */
export function patchSharedList<T>(tenantId: string, list: string, params: CacheParams, patch: (value: T) => T | null): void {
  patchList<SharedAnswer<T>>(
    tenantId,
    list,
    params,
    (answer) => {
      const value = patch(answer.value);
      return value === null ? null : { ...answer, value };
    },
    patch,
  );
}

export async function jobPostsPage(tenantId: string, client: ClientSource, query: JobPostQuery): Promise<JobPostsPage> {
  const page = await sharedList(tenantId, CACHED_LISTS.jobPosts, query, async () =>
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
  return sharedList(tenantId, CACHED_LISTS.talentPools, {}, async () => (await client()).listTalentPools());
}

export function poolCandidatesPage(
  tenantId: string,
  client: ClientSource,
  poolId: number,
  page: number,
  pageSize: number,
): Promise<Page<CandidateSummary>> {
  return sharedList(tenantId, CACHED_LISTS.poolCandidates, { poolId, page, pageSize }, async () =>
    (await client()).listTalentPoolCandidates(poolId, { page, page_size: pageSize }),
  );
}

export function companyOffices(tenantId: string, client: ClientSource): Promise<Listed<Office>> {
  return sharedList(tenantId, CACHED_LISTS.offices, {}, async () => (await client()).listCompanyOffices());
}

export function companyUsers(tenantId: string, client: ClientSource): Promise<Listed<CompanyUser>> {
  return sharedList(tenantId, CACHED_LISTS.users, {}, async () => (await client()).listCompanyUsers());
}
