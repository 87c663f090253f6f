import type { ApiResponse } from "../http/response";
import { randomFor } from "./field-random";
import { under } from "./paths";
import type { DriftResult, DriftSeed, Perturbation } from "./types";

/** Writes whose success answer may come back in another shape (Upload File has its own variants). */
export const WRITE_ROUTES: ReadonlySet<string> = new Set([
  "POST /api/v1/client/candidates/add/",
  "POST /api/v1/client/candidates/manual-add/",
  "POST /api/v1/client/candidates/add-note/",
  "POST /api/v1/client/candidates/add-tag/",
  "POST /api/v1/client/job-posts/{job_post_hash}/apply/",
  "POST /api/v1/client/talent-pools/create/",
  "PATCH /api/v1/client/talent-pools/{talent_pool_id}/",
]);

export type WriteShape = "as-is" | "empty" | "detail" | "wrapped" | "list" | "text";

const OTHER_SHAPES: readonly WriteShape[] = ["empty", "detail", "wrapped", "list", "text"];
const OTHER_SHAPE_SHARE = 0.4;

/** One shape per seed and route, so a client sees the same answer shape on every call. */
export function writeShapeFor(seed: DriftSeed, route: string): WriteShape {
  const random = randomFor(seed, route, "", "write-shape");
  return random.chance(OTHER_SHAPE_SHARE) ? random.pick(OTHER_SHAPES) : "as-is";
}

const statusWord = (status: number) => (status === 201 ? "Created" : "OK");

/**
 * Rewrites a write's success answer (the store has already changed; only the answer differs).
 * Whole-body changes use the path "" (the body): `{}` is "" dropped, `{"detail":…}` is "" dropped
 * plus `detail` added, the `{"success","content"}` wrapper is "" renamed plus `success` added,
 * a list around the body or a text body is "" kind. Field perturbations kept inside a wrapper or
 * list are reported under their new location (`content.created_at`, `[].created_at`).
 */
export function reshapeWriteAnswer(seed: DriftSeed, route: string, response: ApiResponse, fields: DriftResult): { response: ApiResponse; applied: Perturbation[] } {
  const word = statusWord(response.status);
  const moved = (prefix: string) => fields.applied.map((p) => ({ ...p, path: under(prefix, [p.path])[0] ?? p.path }));
  switch (writeShapeFor(seed, route)) {
    case "as-is":
      return { response: { ...response, body: fields.body }, applied: fields.applied };
    case "empty":
      return { response: { ...response, body: {} }, applied: [{ path: "", change: "dropped" }] };
    case "detail":
      return { response: { ...response, body: { detail: `${word}.` } }, applied: [{ path: "", change: "dropped" }, { path: "detail", change: "added" }] };
    case "wrapped":
      return {
        response: { ...response, body: { success: "OK", content: fields.body } },
        applied: [{ path: "", change: "renamed" }, { path: "success", change: "added" }, ...moved("content")],
      };
    case "list":
      return { response: { ...response, body: [fields.body] }, applied: [{ path: "", change: "kind" }, ...moved("[]")] };
    case "text":
      return {
        response: { status: response.status, headers: response.headers, raw: { bytes: word, contentType: "text/plain; charset=utf-8" } },
        applied: [{ path: "", change: "kind" }],
      };
  }
}
