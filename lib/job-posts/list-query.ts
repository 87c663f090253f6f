import { JOB_POST_STATUSES, type JobPostStatus } from "@/lib/recruspace/schemas";
import { DEFAULT_PAGE_SIZE, firstParam, parsePage, parsePageSize, type RawParam } from "@/lib/paging/page-params";

export { JOB_POST_STATUSES, type JobPostStatus };

/** The job-post list's URL parameters, read defensively: anything odd falls back to a default. */
export type JobPostQuery = { page: number; pageSize: number; status?: JobPostStatus; search?: string };

export function parseJobPostQuery(params: Record<string, RawParam>): JobPostQuery {
  const status = firstParam(params.status);
  const search = firstParam(params.search)?.trim().slice(0, 200);
  return {
    page: parsePage(params.page),
    pageSize: parsePageSize(params.pageSize),
    status: (JOB_POST_STATUSES as readonly string[]).includes(status ?? "") ? (status as JobPostStatus) : undefined,
    search: search ? search : undefined,
  };
}

/** The URL parameters that reproduce a query (defaults left out). */
export function jobPostQueryParams(query: JobPostQuery): Record<string, string | undefined> {
  return {
    status: query.status,
    search: query.search,
    pageSize: query.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(query.pageSize),
    page: query.page === 1 ? undefined : String(query.page),
  };
}
