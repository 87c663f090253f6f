"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

export type OfficeRow = { id: number; name: string; address: string; city: string; country: string; postalCode: string; isHeadquarters: boolean };

const column = createColumnHelper<OfficeRow>();
const columns = [
  column.accessor("name", {
    header: "Office",
    cell: (info) => (
      <span className="flex flex-wrap items-center gap-2 font-medium">
        {info.getValue()}
        {info.row.original.isHeadquarters ? <Badge tone="brand">Headquarters</Badge> : null}
      </span>
    ),
  }),
  column.accessor("address", { header: "Address", meta: { className: "hidden md:table-cell" } }),
  column.accessor("city", { header: "City" }),
  column.accessor("postalCode", { header: "Postal code", meta: { className: "hidden lg:table-cell" } }),
  column.accessor("country", { header: "Country" }),
];

export function OfficesTable({ rows }: { rows: OfficeRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Company offices" getRowId={(row) => String(row.id)} initialSorting={[{ id: "name", desc: false }]} />;
}
