"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { createColumnHelper, type RowSelectionState } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { EmailText } from "@/components/ui/email-text";
import { SuitabilityBadge } from "@/components/candidate-detail/suitability-badge";
import { candidateHref } from "@/lib/candidates/came-from";
import { BulkPanel, type BulkActions } from "@/components/candidates/bulk-panel";

export type PoolCandidateRow = {
  id: number;
  name: string;
  email: string;
  /** null: Recruspace did not say (shown as a dash, not as "no tags"). */
  tags: string[] | null;
  addedAt: string | null | undefined;
  suitability: string | null;
};

const column = createColumnHelper<PoolCandidateRow>();
const columnsFrom = (from: string) => [
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <Link href={candidateHref(info.row.original.id, from)} className="font-medium text-brand-700 hover:underline dark:text-blue-300">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("email", { header: "Email", cell: (info) => <EmailText value={info.getValue()} /> }),
  column.accessor("tags", {
    header: "Tags",
    enableSorting: false,
    cell: (info) =>
      info.getValue() === null ? (
        "—"
      ) : info.getValue()!.length ? (
        <span className="flex flex-wrap gap-1">
          {info.getValue()!.map((tag) => (
            <Badge key={tag} tone="brand">
              {tag}
            </Badge>
          ))}
        </span>
      ) : (
        <span className="text-slate-500 dark:text-slate-400">—</span>
      ),
  }),
  column.accessor("addedAt", {
    header: "Added",
    cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
  }),
  column.accessor("suitability", {
    header: "Suitability",
    cell: (info) => <SuitabilityBadge value={info.getValue()} />,
  }),
];

const selectLabel = (row: PoolCandidateRow) => `Select ${row.name || row.email}`;

/**
 * `from`: this page's own URL, so the candidate's page can lead back to it. With `bulk`, rows can be
 * selected (on this page) to tag them or add them to another pool or post.
 */
export function PoolCandidatesTable({ rows, from, bulk }: { rows: PoolCandidateRow[]; from: string; bulk?: BulkActions }) {
  const columns = useMemo(() => columnsFrom(from), [from]);
  const [selection, setSelection] = useState<RowSelectionState>({});
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Candidates in this pool (sorting applies to this page)"
      getRowId={(row) => String(row.id)}
      rowHref={(row) => candidateHref(row.id, from)}
      phoneCards
      selection={
        bulk
          ? {
              state: selection,
              onChange: setSelection,
              rowLabel: selectLabel,
              toolbar: (table) => (
                <BulkPanel
                  actions={bulk}
                  selected={table.getSelectedRowModel().rows.map((row) => ({ id: row.original.id, name: row.original.name || row.original.email }))}
                  selectAll={{ checked: table.getIsAllPageRowsSelected(), indeterminate: table.getIsSomePageRowsSelected(), onChange: table.getToggleAllPageRowsSelectedHandler() }}
                  clearSelection={() => table.resetRowSelection()}
                />
              ),
            }
          : undefined
      }
    />
  );
}
