import type { Page } from "./schemas";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_MAX_PAGES = 200;

/** page ≥ 1 and 1 ≤ page_size ≤ 100 (Recruspace clamps too; clamping here keeps URLs honest). */
export function clampPageParams(params: { page?: number; page_size?: number }): { page?: number; page_size?: number } {
  const out: { page?: number; page_size?: number } = {};
  if (params.page !== undefined) out.page = Math.max(1, Math.floor(Number.isFinite(params.page) ? params.page : 1));
  if (params.page_size !== undefined) {
    const size = Number.isFinite(params.page_size) ? Math.floor(params.page_size) : MAX_PAGE_SIZE;
    out.page_size = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
  }
  return out;
}

export type FetchPage<T> = (page: number) => Promise<Page<T>>;

/**
 * Yields every item, page after page, until a page has no `next` (null or absent) or comes back empty.
 * Pages are requested by number (the `next` URL itself is never followed, so the key cannot be sent to a
 * host named in a response). `maxPages` guards against a server that never stops.
 */
export async function* iterateAll<T>(fetchPage: FetchPage<T>, options: { maxPages?: number; startPage?: number } = {}): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let page = options.startPage ?? 1;
  for (let fetched = 0; fetched < maxPages; fetched += 1) {
    const current = await fetchPage(page);
    yield* current.results;
    if (!current.next || current.results.length + current.skipped === 0) return;
    page += 1;
  }
}

export async function listAll<T>(fetchPage: FetchPage<T>, options: { maxPages?: number; maxItems?: number } = {}): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterateAll(fetchPage, options)) {
    items.push(item);
    if (options.maxItems !== undefined && items.length >= options.maxItems) break;
  }
  return items;
}
