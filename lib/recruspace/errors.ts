import { UpstreamFailure, type UpstreamFailureKind } from "@/lib/errors/failures";

export { mayHaveHappened } from "@/lib/errors/failures";

/**
 * Typed failures of Recruspace calls. Messages never contain the API key or the Authorization header;
 * the one vocabulary (lib/errors/describe.ts) turns them into words for the user.
 */
export type RecruspaceErrorKind = UpstreamFailureKind;

export class RecruspaceError extends UpstreamFailure {
  constructor(kind: RecruspaceErrorKind, message: string, status?: number, operation?: string) {
    super(kind, message, status, operation);
    this.name = "RecruspaceError";
  }
}

/** 401: the key is wrong or was revoked in Recruspace. */
export class UnauthorizedError extends RecruspaceError {
  constructor(operation?: string) {
    super("unauthorized", "Recruspace rejected the API key (401).", 401, operation);
    this.name = "UnauthorizedError";
  }
}

export class NotFoundError extends RecruspaceError {
  constructor(operation?: string, detail?: string) {
    super("not_found", detail ?? "Not found in Recruspace (404).", 404, operation);
    this.name = "NotFoundError";
  }
}

/** 409: e.g. a candidate with this email already exists, or the tag is already on the candidate. */
export class ConflictError extends RecruspaceError {
  constructor(operation?: string, readonly detail?: string) {
    super("conflict", detail ?? "Already exists in Recruspace (409).", 409, operation);
    this.name = "ConflictError";
  }
}

/** 400 with DRF-style field errors, e.g. {"email": ["This field is required."]}. */
export class ValidationError extends RecruspaceError {
  constructor(
    operation: string | undefined,
    readonly fieldErrors: Record<string, string[]>,
    detail?: string,
  ) {
    super("validation", detail ?? "Recruspace refused the input (400).", 400, operation);
    this.name = "ValidationError";
  }
}

/** 429 that outlasted the client's bounded waiting. */
export class RateLimitedError extends RecruspaceError {
  constructor(operation: string | undefined, readonly retryAfterSeconds: number) {
    super("rate_limited", `Recruspace is rate-limiting requests; retry in ${retryAfterSeconds} s.`, 429, operation);
    this.name = "RateLimitedError";
  }
}

export class UpstreamError extends RecruspaceError {
  constructor(operation: string | undefined, status: number) {
    super("upstream", `Recruspace answered with an error (${status}).`, status, operation);
    this.name = "UpstreamError";
  }
}

export class TimeoutError extends RecruspaceError {
  constructor(operation: string | undefined, readonly timeoutMs: number) {
    super("timeout", `Recruspace did not answer within ${Math.round(timeoutMs / 1000)} s.`, undefined, operation);
    this.name = "TimeoutError";
  }
}

export class NetworkError extends RecruspaceError {
  constructor(operation: string | undefined, reason: string) {
    super("network", `Could not reach Recruspace (${reason}).`, undefined, operation);
    this.name = "NetworkError";
  }
}

/** The response did not match the documented shape; `issues` says where. */
export class MalformedResponseError extends RecruspaceError {
  constructor(operation: string | undefined, readonly issues: string) {
    super("malformed_response", `Recruspace sent a response the app could not read (${issues}).`, undefined, operation);
    this.name = "MalformedResponseError";
  }
}
