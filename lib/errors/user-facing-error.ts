import { brandedInstanceOf, brandFailure } from "./failures";
import type { FailureCode, FieldErrors } from "./result";

/** Thrown for an expected refusal whose message is safe and meant for the user. */
export class UserFacingError extends Error {
  static [Symbol.hasInstance] = brandedInstanceOf(UserFacingError, "user_facing");

  constructor(
    readonly code: FailureCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** For rate_limited: the wait the refusal named, so callers can come back after it. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "UserFacingError";
    brandFailure(this, "user_facing");
  }
}
