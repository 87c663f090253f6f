import { ApiError, notFound } from "./response";

/**
 * DRF page-number pagination: default page_size 20, larger than 100 clamped to 100, invalid
 * page_size falls back to the default; a page that is not a positive integer or is past the
 * last page answers 404 "Invalid page." (page 1 of an empty list is an empty page).
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export function pageSizeFrom(value: string | null): number {
  if (value === null || !/^\d+$/.test(value.trim())) return DEFAULT_PAGE_SIZE;
  const size = Number(value.trim());
  if (size < 1) return DEFAULT_PAGE_SIZE;
  return Math.min(size, MAX_PAGE_SIZE);
}

export function paginate<T>(items: T[], requestUrl: URL): Page<T> {
  const pageSize = pageSizeFrom(requestUrl.searchParams.get("page_size"));
  const rawPage = requestUrl.searchParams.get("page");
  const page = rawPage === null || rawPage === "" ? 1 : /^\d+$/.test(rawPage) ? Number(rawPage) : NaN;
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new ApiError(notFound("Invalid page."));
  const link = (target: number) => {
    const url = new URL(requestUrl.href);
    url.searchParams.set("page", String(target));
    url.searchParams.set("page_size", String(pageSize));
    return url.href;
  };
  return {
    count: items.length,
    next: page < pageCount ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * pageSize, page * pageSize),
  };
}
