import { describe, expect, it } from "vitest";
import { cameFrom, candidateHref } from "./came-from";

describe("cameFrom", () => {
  it("leads back to a pool page with its paging, a job post, or a search", () => {
    expect(cameFrom("/talent-pools/12?page=2&pageSize=50&x=1")).toEqual({ href: "/talent-pools/12?page=2&pageSize=50", label: "Back to the talent pool" });
    expect(cameFrom("/job-posts/abC_9-x")).toEqual({ href: "/job-posts/abC_9-x", label: "Back to the job post" });
    expect(cameFrom("/search?email=ada%40example.com")).toEqual({ href: "/search?email=ada%40example.com", label: "Back to the search" });
    expect(cameFrom("/search?q=ad%C3%A9&page=2&x=1")).toEqual({ href: "/search?q=ad%C3%A9&page=2", label: "Back to the search" });
    expect(cameFrom(["/talent-pools/3", "/search"])?.href).toBe("/talent-pools/3");
  });

  it("follows nothing outside the known lists: other origins, schemes, tricks and other pages", () => {
    for (const value of [
      undefined,
      "",
      "https://evil.example/talent-pools/1",
      "//evil.example/talent-pools/1",
      "/\\evil.example/talent-pools/1",
      "javascript:alert(1)",
      "/talent-pools/1/../../settings/keys",
      "/settings/keys",
      "/talent-pools/abc",
      "/candidates/4",
      "/talent-pools/1\n",
    ]) {
      expect(cameFrom(value), String(value)).toBeNull();
    }
  });

  it("builds candidate links that carry where they were opened from", () => {
    expect(candidateHref(7)).toBe("/candidates/7");
    expect(candidateHref(7, "/talent-pools/3?page=2")).toBe("/candidates/7?from=%2Ftalent-pools%2F3%3Fpage%3D2");
    expect(cameFrom(new URLSearchParams(candidateHref(7, "/talent-pools/3?page=2").split("?")[1]).get("from")!)?.href).toBe("/talent-pools/3?page=2");
  });
});
