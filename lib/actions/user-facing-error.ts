import type { ActionErrorCode, FieldErrors } from "./result";

/** Thrown by handlers for an expected refusal whose message is safe and meant for the user. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
