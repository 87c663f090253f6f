import { GateError } from "@/lib/tenancy/context";
import {
  ConflictError,
  RateLimitedError,
  RecruspaceError,
  ValidationError,
} from "@/lib/recruspace/errors";
import { DecryptError, NoActiveKeyError } from "@/lib/vault/errors";
import { fail, type ActionFailure } from "./result";
import { UserFacingError } from "./user-facing-error";

/**
 * Turns anything a handler threw into words for the user. Raw error messages are never passed
 * through (they could hold upstream detail); unknown errors are logged by name only.
 */
export function toActionFailure(error: unknown, actionName: string): ActionFailure {
  if (error instanceof UserFacingError) return fail(error.code, error.message, error.fieldErrors);
  if (error instanceof GateError) {
    return fail(error.reason === "unauthenticated" ? "unauthenticated" : "forbidden", error.message);
  }
  if (error instanceof NoActiveKeyError) {
    return fail("no_api_key", "This workspace has no Recruspace API key yet. Ask an admin to add one under Settings → API keys.");
  }
  if (error instanceof DecryptError) {
    return fail("no_api_key", "This workspace's stored Recruspace key could not be unlocked on this server. Ask an admin to replace it under Settings → API keys.");
  }
  if (error instanceof RecruspaceError) return recruspaceFailure(error);
  console.error(`[action ${actionName}] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return fail("internal", "Something went wrong on our side. Your input is kept; please try again.");
}

// A write whose answer was lost may have happened: retrying blindly could make a duplicate.
const CHECK_BEFORE_RETRY = "Your input is kept; reload the page to check before trying again.";

function isReadOperation(operation: string | undefined): boolean {
  return operation !== undefined && /^(get|list|search|iterate)/.test(operation);
}

function recruspaceFailure(error: RecruspaceError): ActionFailure {
  switch (error.kind) {
    case "unauthorized":
      return fail("upstream_unauthorized", "Recruspace rejected this workspace's API key. Ask an admin to update the Recruspace key.");
    case "not_found":
      return fail("not_found", "Recruspace could not find that record. It may have been deleted.");
    case "conflict":
      return fail("conflict", (error as ConflictError).detail ?? "That already exists in Recruspace.");
    case "validation": {
      const fieldErrors = (error as ValidationError).fieldErrors;
      return fail("validation", "Recruspace refused some of the input. Please check the highlighted fields.", fieldErrors);
    }
    case "rate_limited": {
      const seconds = (error as RateLimitedError).retryAfterSeconds;
      return { ...fail("rate_limited", `Recruspace is rate-limiting requests. Please retry in ${seconds} s.`), retryAfterSeconds: seconds };
    }
    case "timeout":
      return isReadOperation(error.operation)
        ? fail("timeout", "Recruspace did not answer in time. Please try again.")
        : fail("timeout", `Recruspace did not answer in time, so the change may or may not have been saved. ${CHECK_BEFORE_RETRY}`);
    case "network":
      return isReadOperation(error.operation)
        ? fail("network", "Could not reach Recruspace. Check the connection and try again.")
        : fail("network", `Could not reach Recruspace or the connection broke, so the change may or may not have been saved. ${CHECK_BEFORE_RETRY}`);
    case "malformed_response":
      return fail("upstream", "Recruspace sent an answer the app could not read. Please try again later.");
    default:
      return fail("upstream", "Recruspace had a problem answering. Please try again in a moment.");
  }
}
