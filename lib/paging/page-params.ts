/** Page and page-size URL parameters of the paged lists, read defensively: anything odd falls back to a default. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type RawParam = string | string[] | undefined;

export function firstParam(value: RawParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive whole page number, else 1. */
export function parsePage(value: RawParam): number {
  const raw = firstParam(value);
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** One of the offered page sizes (the API caps at 100), else the default. */
export function parsePageSize(value: RawParam): number {
  const n = Number(firstParam(value));
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}
