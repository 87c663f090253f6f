/** Drift mode: the vocabulary shared by the perturbation code, the control endpoints and the tests. */

/** Any number or non-empty string; the same seed always gives the same drift. */
export type DriftSeed = number | string;

/**
 * What happened to a field:
 * - `kind`: the value became another JSON kind (string ↔ number ↔ object ↔ array ↔ boolean)
 * - `renamed`: the key was renamed (camelCase, a prefix, or first_name + last_name → name)
 * - `dropped`: the key is absent
 * - `null`: the value became null
 * - `added`: an unknown extra field (its path is the new name)
 * - `enum`: an unknown string for an enum-like field, or a spelling variant of a question type
 */
export type DriftChange = "kind" | "renamed" | "dropped" | "null" | "added" | "enum";

/**
 * `path` is a dot path with `[]` for array items (`results[].email`, `[].user.first_name`,
 * `cv.presigned_url`); the empty path `""` is the whole body.
 */
export interface Perturbation {
  path: string;
  change: DriftChange;
}

export interface DriftResult {
  body: unknown;
  applied: Perturbation[];
}
