"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import type { AuditRow } from "@/lib/audit/query";

const column = createColumnHelper<AuditRow>();

const columns = [
  column.accessor("createdAt", { header: "When", cell: (info) => formatDateTime(info.getValue()), enableSorting: false }),
  column.accessor("action", {
    header: "Action",
    enableSorting: false,
    // On phones the actor column is hidden, so the actor is shown under the action.
    cell: (info) => (
      <>
        <code className="text-xs break-all">{info.getValue()}</code>
        <span className="block text-xs break-all text-slate-600 sm:hidden dark:text-slate-400">{info.row.original.actorEmail ?? "—"}</span>
      </>
    ),
  }),
  column.accessor("actorEmail", { header: "Actor", cell: (info) => <span className="break-all">{info.getValue() ?? "—"}</span>, enableSorting: false, meta: { className: "hidden sm:table-cell" } }),
  column.accessor((row) => describeTarget(row), {
    id: "details",
    header: "Details",
    enableSorting: false,
    meta: { className: "hidden md:table-cell" },
    cell: (info) => <span className="break-all text-slate-700 dark:text-slate-300">{info.getValue()}</span>,
  }),
  column.accessor("ip", { header: "IP", enableSorting: false, meta: { className: "hidden lg:table-cell" }, cell: (info) => info.getValue() ?? "—" }),
];

function describeTarget(row: AuditRow): string {
  const parts: string[] = [];
  if (row.targetType) parts.push(`${row.targetType} ${row.targetId ?? ""}`.trim());
  if (row.metadata) parts.push(Object.entries(row.metadata).map(([k, v]) => `${k}: ${String(v)}`).join(", "));
  return parts.join(" · ") || "—";
}

/** Server-paged: the page hands over one page of rows, newest first. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <EmptyState title="No audit events match these filters." />;
  return <DataTable columns={columns} data={rows} caption="Audit events, newest first" getRowId={(row) => row.id} />;
}
