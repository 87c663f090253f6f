import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "./cn";
import { pagerButtonClass } from "./data-table-classes";

export type QueryParams = Record<string, string | undefined>;

/** Builds `pathname?params` leaving out empty values, so URLs stay short and shareable. */
export function hrefWith(pathname: string, params: QueryParams, changes: QueryParams = {}): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") search.set(key, value);
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * Server-side paging as plain links: the page lives in the URL, so links, reloads and the back
 * button all work, and it needs no JavaScript.
 */
export function Pagination({
  page,
  pageSize,
  total,
  pathname,
  params,
  noun = "results",
  className,
}: {
  page: number;
  pageSize: number;
  total: number;
  pathname: string;
  params: QueryParams;
  noun?: string;
  className?: string;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = (target: number) => hrefWith(pathname, params, { page: target === 1 ? undefined : String(target) });
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-between gap-3 text-sm", className)}>
      <p className="text-slate-600 dark:text-slate-400" aria-live="polite">
        {total === 0 ? `No ${noun}` : `${first}–${last} of ${total} ${noun}`} · page {page} of {pageCount}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={link(page - 1)} className={pagerButtonClass} rel="prev">
            <ChevronLeft aria-hidden="true" className="size-4" /> Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={pagerButtonClass}>
            <ChevronLeft aria-hidden="true" className="size-4" /> Previous
          </span>
        )}
        {page < pageCount ? (
          <Link href={link(page + 1)} className={pagerButtonClass} rel="next">
            Next <ChevronRight aria-hidden="true" className="size-4" />
          </Link>
        ) : (
          <span aria-disabled="true" className={pagerButtonClass}>
            Next <ChevronRight aria-hidden="true" className="size-4" />
          </span>
        )}
      </div>
    </nav>
  );
}
