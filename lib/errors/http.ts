import { describeFailure, logUnexpected, type FailureDescription } from "./describe";

/** The JSON body every route handler answers a failure with: `{ error, code }`. */
export function failureBody(description: FailureDescription): { error: string; code: string } {
  return { error: description.message, code: description.code };
}

/** Headers of a failure answer: never cached; a rate limit says how long to wait. */
export function failureHeaders(description: FailureDescription): Record<string, string> {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (description.retryAfterSeconds !== undefined) headers["Retry-After"] = String(description.retryAfterSeconds);
  return headers;
}

/** A route handler's answer for anything it caught, in the same words an action or page would use. */
export function failureResponse(error: unknown, where: string): Response {
  const description = describeFailure(error, { surface: "route" });
  if (!description.expected) logUnexpected(where, error);
  return Response.json(failureBody(description), { status: description.status, headers: failureHeaders(description) });
}
