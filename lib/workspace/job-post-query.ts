/** The job-post list's URL parameters, read defensively: anything odd falls back to a default. */
export const JOB_POST_STATUSES = ["draft", "published", "closed", "archived"] as const;
export type JobPostStatus = (typeof JOB_POST_STATUSES)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type JobPostQuery = { page: number; pageSize: number; status?: JobPostStatus; search?: string };

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive whole page number, else 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = first(value);
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** One of the offered page sizes (the API caps at 100), else the default. */
export function parsePageSize(value: string | string[] | undefined): number {
  const n = Number(first(value));
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}

export function parseJobPostQuery(params: RawParams): JobPostQuery {
  const status = first(params.status);
  const search = first(params.search)?.trim().slice(0, 200);
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
