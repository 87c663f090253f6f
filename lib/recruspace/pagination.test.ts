import { describe, expect, it } from "vitest";
import { clampPageParams, iterateAll, listAll, type FetchPage } from "./pagination";
import type { Page } from "./schemas";

function pagesOf(items: number[], size: number, { absentNext = false } = {}): { fetchPage: FetchPage<number>; requested: number[] } {
  const requested: number[] = [];
  const fetchPage = async (page: number): Promise<Page<number>> => {
    requested.push(page);
    const results = items.slice((page - 1) * size, page * size);
    const hasNext = page * size < items.length;
    const next = hasNext ? `https://api.example/?page=${page + 1}` : null;
    return { count: items.length, next: absentNext && !next ? (undefined as unknown as null) : next, previous: null, results, skipped: 0 };
  };
  return { fetchPage, requested };
}

describe("iterateAll / listAll", () => {
  it("follows pages until next is null", async () => {
    const { fetchPage, requested } = pagesOf([1, 2, 3, 4, 5], 2);
    expect(await listAll(fetchPage)).toEqual([1, 2, 3, 4, 5]);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("stops when next is absent", async () => {
    const { fetchPage, requested } = pagesOf([1, 2, 3], 2, { absentNext: true });
    const seen: number[] = [];
    for await (const item of iterateAll(fetchPage)) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
    expect(requested).toEqual([1, 2]);
  });

  it("is bounded by maxPages against a server that never ends", async () => {
    let calls = 0;
    const endless: FetchPage<number> = async (page) => {
      calls += 1;
      return { count: 1e9, next: `https://x/?page=${page + 1}`, previous: null, results: [page], skipped: 0 };
    };
    expect(await listAll(endless, { maxPages: 4 })).toEqual([1, 2, 3, 4]);
    expect(calls).toBe(4);
  });

  it("stops early at maxItems", async () => {
    const { fetchPage, requested } = pagesOf([1, 2, 3, 4, 5, 6], 2);
    expect(await listAll(fetchPage, { maxItems: 3 })).toEqual([1, 2, 3]);
    expect(requested).toEqual([1, 2]);
  });
});

describe("clampPageParams", () => {
  it("keeps page ≥ 1 and 1 ≤ page_size ≤ 100", () => {
    expect(clampPageParams({ page: 0, page_size: 500 })).toEqual({ page: 1, page_size: 100 });
    expect(clampPageParams({ page: 3.7, page_size: 0 })).toEqual({ page: 3, page_size: 1 });
    expect(clampPageParams({})).toEqual({});
  });
});
