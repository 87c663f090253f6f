"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/components/ui/format";
import { JobPostStatusBadge } from "./status-badge";

export type JobPostRow = { hash: string; title: string; status: string | null; applicantCount: number | null; createdAt: string | null | undefined };

const column = createColumnHelper<JobPostRow>();
const columns = [
  column.accessor("title", {
    header: "Title",
    cell: (info) => (
      <Link href={`/job-posts/${info.row.original.hash}`} className="font-medium text-brand-700 hover:underline dark:text-blue-300">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("status", { header: "Status", cell: (info) => <JobPostStatusBadge status={info.getValue()} /> }),
  column.accessor("applicantCount", {
    header: "Applicants",
    cell: (info) => <span className="tabular-nums">{info.getValue() ?? "—"}</span>,
  }),
  column.accessor("createdAt", {
    header: "Created",
    cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
    meta: { className: "hidden sm:table-cell" },
  }),
];

/** One API page of job posts; sorting reorders the rows of this page only (the API has no sort). */
export function JobPostsTable({ rows }: { rows: JobPostRow[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Job posts (sorting applies to this page)"
      getRowId={(row) => row.hash}
      rowHref={(row) => `/job-posts/${row.hash}`}
    />
  );
}
