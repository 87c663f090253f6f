"use client";

import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Table,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Checkbox } from "./checkbox";
import { cn } from "./cn";
import { pagerButtonClass, phoneCards as cards } from "./data-table-classes";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Extra classes for the column's cells, e.g. "hidden sm:table-cell" to drop it on phones. */
    className?: string;
  }
}

export type DataTableProps<T> = {
  columns: ColumnDef<T, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  data: T[];
  /** A caption for screen readers (and visible when `showCaption`). */
  caption: string;
  /** Where a row leads; the row becomes clickable (its first link stays the keyboard target). */
  rowHref?: (row: T) => string;
  /** Client-side global filter text (for lists the API returns whole). */
  globalFilter?: string;
  /** Client-side paging of `data` (null = show all rows, e.g. when the server already paged). */
  pageSize?: number | null;
  initialSorting?: SortingState;
  getRowId?: (row: T) => string;
  /** Renders the client-side pager; receives the table state. */
  renderPager?: (pager: ClientPager) => React.ReactNode;
  /** Below `sm`, one card per row (every column shown with its name) instead of a wide table. */
  phoneCards?: boolean;
  /** Row selection (TanStack's own model): a checkbox per row and "select all on this page" in the header. */
  selection?: RowSelection<T>;
};

export type RowSelection<T> = {
  state: RowSelectionState;
  onChange: OnChangeFn<RowSelectionState>;
  /** The row's checkbox label, e.g. "Select Ada Lovelace". */
  rowLabel: (row: T) => string;
  /** Rendered above the table with the table itself, e.g. what to do with the selected rows. */
  toolbar?: (table: Table<T>) => React.ReactNode;
};

const SELECT_COLUMN = "select";

function selectColumn<T>(rowLabel: (row: T) => string): ColumnDef<T> {
  return {
    id: SELECT_COLUMN,
    enableSorting: false,
    // On phones the header row is for screen readers only: the toolbar shows "select all" there instead.
    header: ({ table }) => (
      <Checkbox
        label="Select all on this page"
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
        className="max-sm:hidden"
      />
    ),
    cell: ({ row }) => <Checkbox label={rowLabel(row.original)} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
    meta: { className: "w-10" },
  };
}

export type ClientPager = {
  page: number;
  pageCount: number;
  rowCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
};

/**
 * TanStack Table v8 with accessible sortable headers (a button per sortable header, aria-sort on
 * the th). Works for server-paged data (pageSize null) and for whole lists paged in the browser.
 */
export function DataTable<T>({
  columns,
  data,
  caption,
  rowHref,
  globalFilter,
  pageSize = null,
  initialSorting = [],
  getRowId,
  renderPager,
  phoneCards = false,
  selection,
}: DataTableProps<T>) {
  const router = useRouter();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: pageSize ?? 1000 });
  const [lastFilter, setLastFilter] = useState(globalFilter);
  if (lastFilter !== globalFilter) {
    // A new filter starts from the first page.
    setLastFilter(globalFilter);
    setPagination((p) => ({ ...p, pageIndex: 0 }));
  }

  const rowLabel = selection?.rowLabel;
  const allColumns = useMemo(() => (rowLabel ? [selectColumn(rowLabel), ...columns] : columns), [rowLabel, columns]);
  const table = useReactTable({
    data,
    columns: allColumns,
    state: { sorting, globalFilter, pagination, ...(selection ? { rowSelection: selection.state } : {}) },
    enableRowSelection: Boolean(selection),
    onRowSelectionChange: selection?.onChange,
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: pageSize ? getPaginationRowModel() : undefined,
    manualPagination: !pageSize,
  });

  const rows = table.getRowModel().rows;
  // The card's title is the first column that is not the checkbox.
  const titleIndex = selection ? 1 : 0;
  return (
    <div className="space-y-3">
      {selection?.toolbar?.(table)}
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className={cn("w-full border-collapse text-left text-sm", phoneCards && cards.table)}>
          <caption className="sr-only">{caption}</caption>
          <thead className={cn("bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300", phoneCards && cards.head)}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = header.column.getCanSort();
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : sortable ? "none" : undefined}
                      className={cn("px-3 py-2.5 font-semibold whitespace-nowrap", header.column.columnDef.meta?.className)}
                    >
                      {header.isPlaceholder ? null : sortable ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:text-white"
                        >
                          {label}
                          {sorted === "asc" ? (
                            <ArrowUp aria-hidden="true" className="size-3.5" />
                          ) : sorted === "desc" ? (
                            <ArrowDown aria-hidden="true" className="size-3.5" />
                          ) : (
                            <ArrowUpDown aria-hidden="true" className="size-3.5 opacity-60" />
                          )}
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className={cn("divide-y divide-slate-200 dark:divide-slate-800", phoneCards && cards.body)}>
            {rows.map((row) => {
              const href = rowHref?.(row.original);
              return (
                <tr
                  key={row.id}
                  onClick={
                    href
                      ? (event) => {
                          // Let real links, buttons and text selection behave normally.
                          const target = event.target as HTMLElement;
                          if (target.closest("a,button,input,label,select,textarea")) return;
                          if (window.getSelection()?.toString()) return;
                          router.push(href);
                        }
                      : undefined
                  }
                  className={cn(href && "cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-900/60", phoneCards && cards.row)}
                >
                  {row.getVisibleCells().map((cell, index) => (
                    <td
                      key={cell.id}
                      data-label={phoneCards && cell.column.id !== SELECT_COLUMN ? columnLabel(cell.column.columnDef.header, cell.column.id) : undefined}
                      className={cn(
                        "px-3 py-3 align-top",
                        phoneCards && (cell.column.id === SELECT_COLUMN ? cards.check : index === titleIndex ? cards.title : cards.cell),
                        cell.column.columnDef.meta?.className,
                      )}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pageSize && renderPager
        ? renderPager({
            page: table.getState().pagination.pageIndex + 1,
            pageCount: Math.max(1, table.getPageCount()),
            rowCount: table.getFilteredRowModel().rows.length,
            canPrevious: table.getCanPreviousPage(),
            canNext: table.getCanNextPage(),
            previous: () => table.previousPage(),
            next: () => table.nextPage(),
          })
        : null}
    </div>
  );
}

function columnLabel(header: unknown, id: string): string {
  return typeof header === "string" ? header : id;
}

/** Buttons for a table paged in the browser. */
export function ClientPagerControls({ pager, noun = "rows" }: { pager: ClientPager; noun?: string }) {
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        {pager.rowCount} {noun} · page {pager.page} of {pager.pageCount}
      </p>
      <div className="flex gap-2">
        <button type="button" className={pagerButtonClass} onClick={pager.previous} disabled={!pager.canPrevious}>
          Previous
        </button>
        <button type="button" className={pagerButtonClass} onClick={pager.next} disabled={!pager.canNext}>
          Next
        </button>
      </div>
    </nav>
  );
}
