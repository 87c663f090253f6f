import type { Role } from "@/lib/tenancy/roles";

export type NavIconName =
  | "jobPosts"
  | "talentPools"
  | "addCandidate"
  | "quickAdd"
  | "offices"
  | "users"
  | "apiKeys"
  | "team"
  | "audit";

export type NavItem = { href: string; label: string; icon: NavIconName; role: Role };

/** The app's sections in the order the sidebar shows them; admin-only ones are hidden from members. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/job-posts", label: "Job posts", icon: "jobPosts", role: "member" },
  { href: "/talent-pools", label: "Talent pools", icon: "talentPools", role: "member" },
  { href: "/candidates/new", label: "Add candidate", icon: "addCandidate", role: "member" },
  { href: "/quick-add", label: "Quick add", icon: "quickAdd", role: "member" },
  { href: "/offices", label: "Offices", icon: "offices", role: "member" },
  { href: "/users", label: "Users", icon: "users", role: "member" },
  { href: "/settings/keys", label: "API keys", icon: "apiKeys", role: "admin" },
  { href: "/settings/team", label: "Team", icon: "team", role: "admin" },
  { href: "/settings/audit", label: "Audit log", icon: "audit", role: "admin" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.role === "member" || role === "admin");
}

/** The nav item a path belongs to: the longest matching prefix wins (/candidates/new vs /candidates/12). */
export function activeNavHref(pathname: string, items: readonly NavItem[]): string | null {
  let best: string | null = null;
  for (const item of items) {
    if (pathname === item.href || pathname.startsWith(`${item.href}/`)) {
      if (!best || item.href.length > best.length) best = item.href;
    }
  }
  return best;
}

export type AddDestination = { pool: number } | { jobPost: string };

/** "Add candidate" with the destination preselected: the one href the sidebar and the pages' buttons use. */
export function addCandidateHref(destination?: AddDestination): string {
  if (!destination) return "/candidates/new";
  return "pool" in destination ? `/candidates/new?pool=${destination.pool}` : `/candidates/new?jobPost=${encodeURIComponent(destination.jobPost)}`;
}

/** The pool or job post a page is about (its own page or one below it, e.g. /job-posts/x/apply). */
export function destinationOf(pathname: string): AddDestination | undefined {
  const pool = /^\/talent-pools\/(\d{1,10})(?:\/|$)/.exec(pathname);
  if (pool) return { pool: Number(pool[1]) };
  const post = /^\/job-posts\/([A-Za-z0-9_-]{1,64})(?:\/|$)/.exec(pathname);
  if (post) return { jobPost: post[1]! };
  return undefined;
}

/** Where a nav item leads from this page: "Add candidate" preselects the page's pool or job post. */
export function navHref(item: NavItem, pathname: string): string {
  return item.icon === "addCandidate" ? addCandidateHref(destinationOf(pathname)) : item.href;
}
