import type { z } from "zod";
import { ValidationError } from "../errors";
import type { HttpTransport, RequestSpec } from "../http";
import { arrayOrPageSchema, type Listed } from "../schemas";
import { DEFAULT_MAX_PAGES } from "../pagination";

/** Path segment for an integer id; anything else is refused before a request is made. */
export function idSegment(operation: string, field: string, value: number): string {
  if (!Number.isSafeInteger(value) || value < 1) throw new ValidationError(operation, { [field]: ["Must be a positive whole number."] });
  return String(value);
}

/** Path segment for an opaque job-post hash. */
export function hashSegment(operation: string, value: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new ValidationError(operation, { job_post: ["A job post is required."] });
  return encodeURIComponent(value);
}

/**
 * A list the docs show as a plain array. When Recruspace answers with a page envelope instead (GAPS D6),
 * the remaining pages are fetched too (bounded).
 */
export async function fetchArrayList<S extends z.ZodType>(http: HttpTransport, spec: RequestSpec, item: S): Promise<Listed<z.output<S>>> {
  const schema = arrayOrPageSchema(item);
  const first = await http.json(spec, schema);
  const items = [...first.items] as z.output<S>[];
  let skipped = first.skipped;
  let next = first.paged ? first.next : null;
  for (let page = 2; next && page <= DEFAULT_MAX_PAGES; page += 1) {
    const more = await http.json({ ...spec, query: { ...spec.query, page } }, schema);
    items.push(...(more.items as z.output<S>[]));
    skipped += more.skipped;
    next = more.items.length + more.skipped > 0 ? more.next : null;
  }
  return { items, skipped };
}
