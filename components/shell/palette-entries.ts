import { queryWords, words } from "@/lib/candidate-index/fold";

/** One thing the command palette can jump to. */
export type PaletteEntry = { id: string; label: string; detail?: string; href: string };

/** The palette's actions: where each one starts. */
export const PALETTE_ACTIONS: readonly PaletteEntry[] = [
  { id: "action:add-candidate", label: "Add candidate", detail: "With a CV, to a job post or pool", href: "/candidates/new" },
  { id: "action:quick-add", label: "Quick add", detail: "The phone-first add form", href: "/quick-add" },
  { id: "action:new-pool", label: "New talent pool", href: "/talent-pools?new=pool" },
];

/** How many entries of one group the palette shows at a time. */
export const GROUP_LIMIT = 8;

/**
 * The entries whose label or detail has a word beginning with every word of the query, as the index
 * compares text (case- and accent-insensitive); an empty query keeps them all. At most `limit`.
 */
export function filterEntries(entries: readonly PaletteEntry[], query: string, limit = GROUP_LIMIT): PaletteEntry[] {
  const terms = queryWords(query);
  const matching = terms.length === 0 ? entries : entries.filter((entry) => matches(entry, terms));
  return matching.slice(0, limit);
}

function matches(entry: PaletteEntry, terms: readonly string[]): boolean {
  const known = words(`${entry.label} ${entry.detail ?? ""}`);
  return terms.every((term) => known.some((word) => word.startsWith(term)));
}
