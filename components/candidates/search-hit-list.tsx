import Link from "next/link";
import type { IndexHit } from "@/lib/candidate-index/search";
import { Badge } from "@/components/ui/badge";
import { candidateHref } from "@/lib/candidates/came-from";

export type SearchHitRow = { id: number; email: string; known: IndexHit | null };

const nameOf = (hit: IndexHit | null) => [hit?.firstName, hit?.lastName].filter(Boolean).join(" ");

/**
 * Search results: the person's name where the app knows it, their email, pools and tags, each a link to
 * them that leads back to this search (`from`: the search page with its query and page).
 */
export function SearchHitList({ rows, labelledBy, from }: { rows: SearchHitRow[]; labelledBy: string; from: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {rows.map((row) => {
        const name = nameOf(row.known);
        return (
          <li key={row.id}>
            <Link
              href={candidateHref(row.id, from)}
              data-testid="search-hit"
              className="flex flex-col gap-1 px-4 py-3 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-slate-900"
            >
              <span className="min-w-0">
                <span className="block font-medium text-brand-700 dark:text-blue-300">{name || row.email}</span>
                {name ? <span className="block break-all text-slate-600 dark:text-slate-400">{row.email}</span> : null}
                {row.known?.pools.length ? (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">In {row.known.pools.map((pool) => pool.name).join(", ")}</span>
                ) : null}
              </span>
              <span className="flex shrink-0 flex-wrap items-center gap-1">
                {row.known?.tags.slice(0, 4).map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
                <span className="text-xs text-slate-600 dark:text-slate-400">Candidate {row.id}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
