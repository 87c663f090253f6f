import { describe, expect, it } from "vitest";
import { activeNavHref, addCandidateHref, navHref, navItemsFor } from "./nav-items";

describe("navItemsFor", () => {
  it("hides the admin section from members and shows it to admins", () => {
    const member = navItemsFor("member").map((i) => i.href);
    const admin = navItemsFor("admin").map((i) => i.href);
    expect(member).toEqual(["/job-posts", "/talent-pools", "/candidates/new", "/quick-add", "/offices", "/users"]);
    expect(admin).toEqual([...member, "/settings/keys", "/settings/team", "/settings/audit"]);
  });
});

describe("activeNavHref", () => {
  const items = navItemsFor("admin");
  it("marks the section a nested page belongs to", () => {
    expect(activeNavHref("/job-posts/abc123", items)).toBe("/job-posts");
    expect(activeNavHref("/talent-pools", items)).toBe("/talent-pools");
    expect(activeNavHref("/candidates/new", items)).toBe("/candidates/new");
  });

  it("does not match on a shared prefix or pages outside the nav", () => {
    expect(activeNavHref("/users-archive", items)).toBeNull();
    expect(activeNavHref("/candidates/42", items)).toBeNull();
    expect(activeNavHref("/search", items)).toBeNull();
  });
});

describe("navHref", () => {
  const items = navItemsFor("member");
  const addCandidate = items.find((item) => item.icon === "addCandidate")!;
  const jobPosts = items.find((item) => item.icon === "jobPosts")!;

  it("preselects the pool or job post the page is about, as the page's own button does", () => {
    expect(navHref(addCandidate, "/talent-pools/12")).toBe(addCandidateHref({ pool: 12 }));
    expect(navHref(addCandidate, "/talent-pools/12")).toBe("/candidates/new?pool=12");
    expect(navHref(addCandidate, "/job-posts/abC_9-x/apply")).toBe("/candidates/new?jobPost=abC_9-x");
  });

  it("leads to the plain form elsewhere, and leaves the other items alone", () => {
    expect(navHref(addCandidate, "/talent-pools")).toBe("/candidates/new");
    expect(navHref(addCandidate, "/candidates/42")).toBe("/candidates/new");
    expect(navHref(addCandidate, "/talent-pools/12abc")).toBe("/candidates/new");
    expect(navHref(jobPosts, "/talent-pools/12")).toBe("/job-posts");
  });
});
