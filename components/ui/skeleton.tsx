import { cn } from "./cn";

/** A grey placeholder block shown while content streams in. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200 dark:bg-slate-800", className)} />;
}

/** A table-shaped placeholder: a header bar and `rows` lines. */
export function TableSkeleton({ rows = 8, label = "Loading…" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-10 w-full" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-12 w-full" />
      ))}
    </div>
  );
}

/** A list page's placeholder: its title, an optional toolbar (search, filters) and the table. */
export function ListPageSkeleton({ toolbar, rows = 6, label }: { toolbar?: "search" | "filters"; rows?: number; label?: string }) {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-44" />
      {toolbar === "search" ? <Skeleton className="h-10 w-full sm:w-72" /> : toolbar === "filters" ? <Skeleton className="h-16 w-full" /> : null}
      <TableSkeleton rows={rows} label={label} />
    </div>
  );
}
