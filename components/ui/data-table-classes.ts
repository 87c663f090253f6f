export const pagerButtonClass =
  "inline-flex h-9 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * Below `sm` a table reads as one card per row instead of hiding columns: the header row stays for
 * screen readers only, every cell shows its column's name (`data-label`) beside its value, and the
 * first cell is the card's title. The markup stays a table, so its semantics and the tests' row
 * locators are the same at every width.
 */
export const phoneCards = {
  table: "max-sm:block",
  head: "max-sm:sr-only",
  body: "max-sm:block",
  row: "max-sm:block max-sm:space-y-1.5 max-sm:px-3 max-sm:py-3",
  title: "max-sm:block max-sm:p-0 max-sm:text-base",
  /** A row's checkbox: at the card's top right, beside its title. */
  check: "max-sm:float-right max-sm:ml-3 max-sm:p-0",
  cell: "max-sm:flex max-sm:items-center max-sm:gap-3 max-sm:p-0 max-sm:before:w-24 max-sm:before:shrink-0 max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-400",
} as const;
