import { describe, expect, it } from "vitest";
import { paginate, pageSizeFrom } from "./pagination";
import { ApiError } from "./response";

const items = Array.from({ length: 45 }, (_, i) => i + 1);
const at = (query: string) => new URL(`http://sandbox.test/api/v1/client/job-posts/${query}`);

function invalidPage(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).response;
  }
  throw new Error("expected Invalid page");
}

describe("paginate", () => {
  it("defaults to page 1 of 20 with absolute next link and null previous", () => {
    const page = paginate(items, at("?status=published"));
    expect(page.count).toBe(45);
    expect(page.results).toEqual(items.slice(0, 20));
    expect(page.previous).toBeNull();
    expect(page.next).toBe("http://sandbox.test/api/v1/client/job-posts/?status=published&page=2&page_size=20");
  });

  it("keeps page and page_size in the links and returns null next on the last page", () => {
    const page = paginate(items, at("?page=3&page_size=20"));
    expect(page.results).toEqual([41, 42, 43, 44, 45]);
    expect(page.next).toBeNull();
    expect(page.previous).toBe("http://sandbox.test/api/v1/client/job-posts/?page=2&page_size=20");
  });

  it("clamps page_size to 100 and falls back to 20 for nonsense", () => {
    expect(pageSizeFrom("500")).toBe(100);
    expect(pageSizeFrom("0")).toBe(20);
    expect(pageSizeFrom("abc")).toBe(20);
    expect(pageSizeFrom(null)).toBe(20);
    expect(paginate(items, at("?page_size=1000")).results).toHaveLength(45);
  });

  it("answers 404 Invalid page past the end, below 1 and for non-numbers", () => {
    for (const query of ["?page=4", "?page=0", "?page=-1", "?page=abc", "?page=1.5"]) {
      expect(invalidPage(() => paginate(items, at(query)))).toEqual({ status: 404, body: { detail: "Invalid page." } });
    }
  });

  it("gives page 1 of an empty list as an empty page, page 2 as invalid", () => {
    expect(paginate([], at(""))).toEqual({ count: 0, next: null, previous: null, results: [] });
    expect(invalidPage(() => paginate([], at("?page=2"))).status).toBe(404);
  });
});
