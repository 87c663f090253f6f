import { describe, expect, it } from "vitest";
import { activeNavHref, navItemsFor } from "./nav-items";

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
