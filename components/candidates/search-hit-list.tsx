"use client";

import Link from "next/link";
import { useState } from "react";
import { getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import type { IndexHit } from "@/lib/candidate-index/search";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { candidateHref } from "@/lib/candidates/came-from";
import { BulkPanel, type BulkActions } from "./bulk-panel";

export type SearchHitRow = { id: number; email: string; known: IndexHit | null };

const nameOf = (hit: IndexHit | null) => [hit?.firstName, hit?.lastName].filter(Boolean).join(" ");

/**
 * Search results: the person's name where the app knows it, their email, pools and tags, each a link to
 * them that leads back to this search (`from`: the search page with its query and page). With `bulk`,
 * people can be selected (TanStack Table's selection model over the list) to tag or add them at once.
 */
export function SearchHitList({ rows, labelledBy, from, bulk }: { rows: SearchHitRow[]; labelledBy: string; from: string; bulk?: BulkActions }) {
  const [selection, setSelection] = useState<RowSelectionState>({});
  const table = useReactTable({
    data: rows,
    columns: [],
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    enableRowSelection: Boolean(bulk),
    state: { rowSelection: selection },
    onRowSelectionChange: setSelection,
  });
  return (
    <div className="space-y-3">
      {bulk ? (
        <BulkPanel
          actions={bulk}
          // One person can have a record per pool or post: the id tells them apart, as each hit shows.
          selected={table.getSelectedRowModel().rows.map((row) => ({ id: row.original.id, name: `${nameOf(row.original.known) || row.original.email} (candidate ${row.original.id})` }))}
          selectAll={{ checked: table.getIsAllPageRowsSelected(), indeterminate: table.getIsSomePageRowsSelected(), onChange: table.getToggleAllPageRowsSelectedHandler() }}
          clearSelection={() => table.resetRowSelection()}
          selectAllEverywhere
        />
      ) : null}
      <ul aria-labelledby={labelledBy} className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {table.getRowModel().rows.map((tableRow) => {
          const row = tableRow.original;
          const name = nameOf(row.known);
          return (
            <li key={row.id} className="flex items-start gap-3 px-4 py-3 sm:items-center">
              {bulk ? <Checkbox label={`Select ${name || row.email} (candidate ${row.id})`} checked={tableRow.getIsSelected()} onChange={tableRow.getToggleSelectedHandler()} className="mt-0.5 sm:mt-0" /> : null}
              <Link
                href={candidateHref(row.id, from)}
                data-testid="search-hit"
                className="flex min-w-0 flex-1 flex-col gap-1 text-sm hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 sm:flex-row sm:items-center sm:justify-between"
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
    </div>
  );
}
