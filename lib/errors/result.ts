/** What every server action returns: errors are values that forms render next to their fields. */
export type FieldErrors = Record<string, string[]>;

/** The failure codes of the one vocabulary (describe.ts): actions, pages and routes share them. */
export type FailureCode =
  | "unauthenticated"
  | "forbidden"
  | "stale_workspace"
  | "validation"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "no_api_key"
  | "api_key_unusable"
  | "upstream_unauthorized"
  | "upstream"
  | "upstream_shape"
  | "timeout"
  | "network"
  | "internal";

export type ActionFailure = {
  ok: false;
  error: string;
  code: FailureCode;
  fieldErrors?: FieldErrors;
  /** For rate_limited: how long Recruspace asked us to wait. */
  retryAfterSeconds?: number;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(code: FailureCode, error: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, code, error, fieldErrors } : { ok: false, code, error };
}

/** A server action as a component receives it: pages pass actions down as props (docs/ARCHITECTURE.md). */
export type Action<I, O> = (input: I) => Promise<ActionResult<O>>;
