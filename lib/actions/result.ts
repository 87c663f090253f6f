/** What every server action returns: errors are values that forms render next to their fields. */
export type FieldErrors = Record<string, string[]>;

export type ActionErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "validation"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "upstream_unauthorized"
  | "upstream"
  | "timeout"
  | "network"
  | "no_api_key"
  | "internal";

export type ActionFailure = {
  ok: false;
  error: string;
  code: ActionErrorCode;
  fieldErrors?: FieldErrors;
  /** For rate_limited: how long Recruspace asked us to wait. */
  retryAfterSeconds?: number;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(code: ActionErrorCode, error: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, code, error, fieldErrors } : { ok: false, code, error };
}
