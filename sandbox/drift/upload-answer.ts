import { AppliedLog } from "./applied-log";
import { randomFor } from "./field-random";
import { isJsonObject } from "./json";
import type { DriftResult, DriftSeed } from "./types";
import { perturbFields, type FieldRules } from "./walk";

export const UPLOAD_ROUTE = "POST /api/v1/utilities/upload-file/";

/** The answer is entirely inferred, but the client needs the document id for its next call: fields are only renamed or added. */
const UPLOAD_RULES: FieldRules = {
  documented: new Set(),
  absentWhenNull: new Set(),
  questionTypes: new Set(),
  allowed: new Set(["renamed", "added"]),
};

/**
 * Upload File answers vary between the wrapped `{"success":"OK","content":File}` and the bare
 * File, with the id as a number or a string of digits, plus renamed or extra other fields. The id
 * is never removed or renamed. A bare answer is recorded as `success` dropped and `content`
 * renamed (its fields moved to the top level).
 */
export function perturbUploadAnswer(seed: DriftSeed, body: unknown): DriftResult {
  if (!isJsonObject(body) || !isJsonObject(body.content) || !("id" in body.content)) return { body, applied: [] };
  const shape = randomFor(seed, UPLOAD_ROUTE, "", "shape");
  const bare = shape.chance(0.4);
  const idAsDigits = shape.chance(0.5);
  const log = new AppliedLog();
  if (bare) {
    log.add("success", "dropped");
    log.add("content", "renamed");
  }
  const drifted = perturbFields(seed, UPLOAD_ROUTE, bare ? body.content : body, UPLOAD_RULES, log).body;
  const file = bare ? drifted : isJsonObject(drifted) ? drifted.content : null;
  if (idAsDigits && isJsonObject(file)) {
    file.id = String(file.id);
    log.add(bare ? "id" : "content.id", "kind");
  }
  return { body: drifted, applied: log.list() };
}
