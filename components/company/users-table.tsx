"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { formatDate, humanize } from "@/components/ui/format";

export type CompanyUserRow = { id: number; name: string; email: string; role: string | null | undefined; isActive: boolean | null; createdAt: string | null | undefined };

const column = createColumnHelper<CompanyUserRow>();
const columns = [
  column.accessor("name", { header: "Name", cell: (info) => <span className="font-medium">{info.getValue()}</span> }),
  column.accessor("email", { header: "Email", cell: (info) => <span className="break-all">{info.getValue()}</span> }),
  column.accessor("role", { header: "Role", cell: (info) => humanize(info.getValue()) }),
  column.accessor("isActive", {
    header: "Status",
    // Unknown (Recruspace did not say) is shown as a dash, never as a claim.
    cell: (info) => (info.getValue() === null ? "—" : info.getValue() ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>),
    meta: { className: "hidden sm:table-cell" },
  }),
  column.accessor("createdAt", {
    header: "Joined",
    cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
    meta: { className: "hidden md:table-cell" },
  }),
];

export function CompanyUsersTable({ rows }: { rows: CompanyUserRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Company users in Recruspace" getRowId={(row) => String(row.id)} initialSorting={[{ id: "name", desc: false }]} />;
}
