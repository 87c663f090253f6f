"use client";

import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { ClientPagerControls, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { formatDate } from "@/components/ui/format";
import { CreatePoolButton, DeletePoolButton, RenamePoolButton, type PoolActions } from "./pool-dialogs";

export type PoolRow = { id: number; name: string; candidateCount: number | null; createdAt: string | null | undefined };

const column = createColumnHelper<PoolRow>();
function columnsFor(actions: PoolActions) {
  return [
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <Link href={`/talent-pools/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline dark:text-blue-300">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("candidateCount", {
    header: "Candidates",
    enableGlobalFilter: false,
    cell: (info) => <span className="tabular-nums">{info.getValue() ?? "—"}</span>,
  }),
  column.accessor("createdAt", {
    header: "Created",
    enableGlobalFilter: false,
    cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
    meta: { className: "hidden sm:table-cell" },
  }),
  column.display({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: (info) => (
      <div className="flex justify-end gap-1">
        <RenamePoolButton pool={info.row.original} rename={actions.rename} />
        {actions.remove ? <DeletePoolButton pool={info.row.original} remove={actions.remove} /> : null}
      </div>
    ),
    meta: { className: "text-right" },
  }),
  ];
}

/** The whole pool list (the API returns it in one piece): filtered, sorted and paged here. */
export function TalentPoolsManager({ pools, actions }: { pools: PoolRow[]; actions: PoolActions }) {
  const columns = useMemo(() => columnsFor(actions), [actions]);
  const [filter, setFilter] = useState("");
  const filterId = useId();
  if (pools.length === 0) {
    return (
      <EmptyState
        title="No talent pools yet"
        description="Create a pool to keep promising candidates together."
        action={<CreatePoolButton create={actions.create} existingNames={[]} />}
      />
    );
  }
  return (
    <div className="space-y-4">
      <div className="space-y-1.5 sm:w-72">
        <label htmlFor={filterId} className="block text-sm font-medium">
          Filter pools
        </label>
        <Input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Pool name" />
      </div>
      <DataTable
        columns={columns}
        data={pools}
        caption="Talent pools"
        getRowId={(row) => String(row.id)}
        rowHref={(row) => `/talent-pools/${row.id}`}
        globalFilter={filter}
        pageSize={20}
        initialSorting={[{ id: "name", desc: false }]}
        renderPager={(pager) =>
          pager.rowCount === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No pool name contains “{filter}”.</p>
          ) : (
            <ClientPagerControls pager={pager} noun={pager.rowCount === 1 ? "pool" : "pools"} />
          )
        }
      />
    </div>
  );
}
