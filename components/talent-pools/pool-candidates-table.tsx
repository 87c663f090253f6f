"use client";

import Link from "next/link";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { EmailText } from "@/components/ui/email-text";
import { SuitabilityBadge } from "@/components/candidate-detail/suitability-badge";
import { candidateHref } from "@/lib/candidates/came-from";

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

/** `from`: this page's own URL, so the candidate's page can lead back to it. */
export function PoolCandidatesTable({ rows, from }: { rows: PoolCandidateRow[]; from: string }) {
  const columns = useMemo(() => columnsFrom(from), [from]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Candidates in this pool (sorting applies to this page)"
      getRowId={(row) => String(row.id)}
      rowHref={(row) => candidateHref(row.id, from)}
      phoneCards
    />
  );
}
