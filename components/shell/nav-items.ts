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
