import { describe, expect, it } from "vitest";
import { jobPostQueryParams, parseJobPostQuery } from "./list-query";

describe("parseJobPostQuery", () => {
  it("reads a full query", () => {
    expect(parseJobPostQuery({ page: "3", pageSize: "50", status: "published", search: "  engineer " })).toEqual({
      page: 3,
      pageSize: 50,
      status: "published",
      search: "engineer",
    });
  });

  it("falls back to defaults for anything odd", () => {
    expect(parseJobPostQuery({ page: "-2", pageSize: "1000", status: "deleted", search: "   " })).toEqual({ page: 1, pageSize: 20 });
    expect(parseJobPostQuery({ page: "1e3", pageSize: "abc" })).toEqual({ page: 1, pageSize: 20 });
    expect(parseJobPostQuery({ page: ["2", "5"] }).page).toBe(2);
  });

  it("round-trips through URL parameters, leaving defaults out", () => {
    const query = parseJobPostQuery({ page: "2", status: "closed" });
    expect(jobPostQueryParams(query)).toEqual({ status: "closed", search: undefined, pageSize: undefined, page: "2" });
  });
});
