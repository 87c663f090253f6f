import { safeNextPath } from "@/lib/auth/next-path";

/** Where a candidate page was opened from, to lead back there. */
export type CameFrom = { href: string; label: string };

/** The in-app lists a candidate is opened from, with the query parameters each keeps. Nothing else is followed. */
const PLACES: { path: RegExp; params: readonly string[]; label: string }[] = [
  { path: /^\/talent-pools\/\d{1,10}$/, params: ["page", "pageSize"], label: "Back to the talent pool" },
  { path: /^\/job-posts\/[A-Za-z0-9_-]{1,64}$/, params: [], label: "Back to the job post" },
  { path: /^\/search$/, params: ["q", "email", "page"], label: "Back to the search" },
];

/**
 * Reads a candidate page's `from` parameter: only a same-site path (lib/auth/next-path.ts) of one of
 * the known lists, with only that list's own parameters kept; anything else gives no link at all, so
 * the parameter can never send anyone elsewhere (no open redirect, no javascript: link).
 */
export function cameFrom(value: string | string[] | undefined): CameFrom | null {
  const raw = Array.isArray(value) ? value[0] : value;
  const path = safeNextPath(raw);
  if (!path) return null;
  const url = new URL(path, "http://same-origin.invalid");
  const place = PLACES.find((candidate) => candidate.path.test(url.pathname));
  if (!place) return null;
  const kept = new URLSearchParams();
  for (const name of place.params) {
    const param = url.searchParams.get(name);
    if (param) kept.set(name, param.slice(0, 320));
  }
  const query = kept.toString();
  return { href: query ? `${url.pathname}?${query}` : url.pathname, label: place.label };
}

/** A candidate's page with the list it is opened from, for the links of that list. */
export function candidateHref(candidateId: number, from?: string): string {
  return from ? `/candidates/${candidateId}?from=${encodeURIComponent(from)}` : `/candidates/${candidateId}`;
}
