import { GateError, isReadOperation, LostWriteError, StaleWorkspaceError, UpstreamFailure, WorkspaceKeyError, type LostWriteKnowledge, type UpstreamFailureKind } from "./failures";
import { fail, type ActionFailure, type FailureCode, type FieldErrors } from "./result";
import { UserFacingError } from "./user-facing-error";

/**
 * The one vocabulary: every failure an action, a page, a route handler or the key check can meet,
 * turned into a code, an HTTP status, a title and a message that are true and safe to show. Raw
 * error messages never pass through (they could hold upstream text); unexpected errors become
 * "internal" and are logged by name only.
 */
export type FailureDescription = {
  code: FailureCode;
  /** For route handlers: the status to answer with. */
  status: number;
  /** A short heading for a page notice. */
  title: string;
  message: string;
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
  /** Who can fix it: "admin" failures are about the workspace's key or its Recruspace account. */
  fixedBy: "user" | "admin" | "nobody";
  /** False for a bug or anything not foreseen: pages hand those to the error boundary. */
  expected: boolean;
};

/**
 * What the caller knows about a write whose answer was lost (timeout, broken connection, 5xx):
 * - "unknown": nothing; the user must check before retrying;
 * - "checked_nothing_created": the caller looked and the write did not happen, so a retry is safe;
 * - "cannot_check": Recruspace offers no way to look (e.g. a candidate's notes cannot be listed);
 * - "retry_safe": whatever happened is harmless (an uploaded file alone creates nothing).
 */
export type LostAnswer = LostWriteKnowledge;

export type DescribeOptions = {
  /** Pages retry a rate limit on their own ("retrying in N s"); actions and routes ask the user to. */
  surface?: "page" | "action" | "route";
  lostAnswer?: LostAnswer;
  /** What a lost write would have made, for "We checked: no candidate was created." */
  thing?: string;
  /** What the user keeps, for "Your input and CV are kept." (default "Your input is kept"). */
  kept?: string;
  /** Key verification: the key being checked is the subject, not the workspace's stored key. */
  checkingKey?: { baseUrl: string; afterwards: string };
};

const STATUS: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  stale_workspace: 409,
  validation: 400,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  no_api_key: 409,
  api_key_unusable: 409,
  upstream_unauthorized: 502,
  upstream: 502,
  upstream_shape: 502,
  timeout: 504,
  network: 502,
  internal: 500,
};

const TITLE: Record<FailureCode, string> = {
  unauthenticated: "Please sign in again",
  forbidden: "Not allowed",
  stale_workspace: "This page is out of date",
  validation: "Please check the input",
  not_found: "Not found in Recruspace",
  conflict: "Already in Recruspace",
  rate_limited: "Recruspace is rate-limiting",
  no_api_key: "No Recruspace API key yet",
  api_key_unusable: "The Recruspace key cannot be used",
  upstream_unauthorized: "Recruspace rejected this workspace's key",
  upstream: "Recruspace had a problem",
  upstream_shape: "Recruspace answered in an unexpected shape",
  timeout: "Recruspace is slow to answer",
  network: "Recruspace cannot be reached",
  internal: "Something went wrong",
};

const KEYS_PAGE = "Settings → API keys";

function described(
  code: FailureCode,
  message: string,
  extra: Partial<Pick<FailureDescription, "fieldErrors" | "retryAfterSeconds" | "fixedBy" | "expected" | "title">> = {},
): FailureDescription {
  return { code, status: STATUS[code], title: TITLE[code], message, fixedBy: "user", expected: true, ...extra };
}

export function describeFailure(error: unknown, options: DescribeOptions = {}): FailureDescription {
  if (error instanceof LostWriteError) {
    return describeFailure(error.cause, { ...options, lostAnswer: error.knowledge, thing: error.thing ?? options.thing });
  }
  if (error instanceof UserFacingError) return described(error.code, error.message, { fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds });
  if (error instanceof GateError) return described(error.reason === "unauthenticated" ? "unauthenticated" : "forbidden", error.message);
  if (error instanceof StaleWorkspaceError) return describeStaleWorkspace(error);
  if (error instanceof WorkspaceKeyError) return describeKeyProblem(error);
  if (error instanceof UpstreamFailure) {
    return options.checkingKey ? describeKeyCheck(error, options.checkingKey) : describeUpstream(error, options);
  }
  return described("internal", "Something went wrong on our side. Your input is kept; please try again.", { fixedBy: "nobody", expected: false });
}

function describeKeyProblem(error: WorkspaceKeyError): FailureDescription {
  switch (error.problem) {
    case "missing":
      return described("no_api_key", `This workspace is not connected to Recruspace yet. An admin can add the API key under ${KEYS_PAGE}.`, { fixedBy: "admin" });
    case "undecryptable":
      return described(
        "api_key_unusable",
        `This workspace's stored Recruspace key could not be unlocked on this server. Ask an admin to replace it under ${KEYS_PAGE}.`,
        { fixedBy: "admin" },
      );
    case "base_url_not_allowed":
      return described(
        "api_key_unusable",
        `This workspace's Recruspace base URL is not allowed on this server any more. Ask an admin to replace the key under ${KEYS_PAGE}.`,
        { fixedBy: "admin" },
      );
  }
}

/** A write from a tab that still shows another workspace: nothing happened, and a reload fixes it. */
function describeStaleWorkspace({ activeWorkspace, pageWorkspace }: StaleWorkspaceError): FailureDescription {
  const where = pageWorkspace
    ? `This page shows the workspace “${pageWorkspace}”, but you have switched to “${activeWorkspace}” since (in another tab or window).`
    : `This page was opened for a different workspace than your active one, “${activeWorkspace}”.`;
  return described("stale_workspace", `${where} Nothing was changed. Reload the page to continue in “${activeWorkspace}”.`);
}

/** The sentence after "Recruspace did not answer in time" for a write, saying only what is known. */
function lostAnswerSentence({ lostAnswer = "unknown", thing, kept = "Your input is kept" }: DescribeOptions): string {
  switch (lostAnswer) {
    case "checked_nothing_created":
      return `We checked: ${thing ? `no ${thing} was created` : "nothing was created"}. ${kept}; you can retry safely.`;
    case "retry_safe":
      return `${kept}; trying again is safe.`;
    case "cannot_check":
      return `It may or may not have been saved, and Recruspace offers no way to check from here. ${kept}.`;
    case "unknown":
      return `The change may or may not have been saved. ${kept}; reload the page to check before trying again.`;
  }
}

function describeUpstream(error: UpstreamFailure, options: DescribeOptions): FailureDescription {
  const write = !isReadOperation(error.operation);
  const lost = (reason: string, readAdvice: string) =>
    write ? `${reason} ${lostAnswerSentence(options)}` : `${reason} ${readAdvice}`;
  const kind: UpstreamFailureKind = error.kind;
  switch (kind) {
    case "unauthorized":
      return described("upstream_unauthorized", `Recruspace rejected this workspace's API key. Ask an admin to update the Recruspace key under ${KEYS_PAGE}.`, {
        fixedBy: "admin",
      });
    case "not_found":
      return described("not_found", "Recruspace could not find that record. It may have been deleted.");
    case "conflict":
      return described("conflict", error.detail ?? "That already exists in Recruspace.");
    case "validation":
      return described("validation", "Recruspace refused some of the input. Please check the highlighted fields.", { fieldErrors: error.fieldErrors });
    case "rate_limited": {
      const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
      const message =
        options.surface === "page"
          ? `Recruspace is rate-limiting, retrying in ${seconds} s.`
          : `Recruspace is rate-limiting requests. Please retry in ${seconds} s.`;
      return described("rate_limited", message, { retryAfterSeconds: seconds });
    }
    case "timeout":
      return described("timeout", lost("Recruspace did not answer in time.", "Please try again."));
    case "network":
      return described("network", lost("Could not reach Recruspace, or the connection broke.", "Check the connection and try again."));
    case "malformed_response":
      return described(
        "upstream_shape",
        `Recruspace answered in a shape the app could not read. An admin can run the connection check under ${KEYS_PAGE} to see which fields differ.`,
        { fixedBy: "admin" },
      );
    case "upstream":
      return described("upstream", lost("Recruspace had a problem answering.", "Please try again in a moment."));
  }
}

/** While an admin checks a key they typed, the key itself is the subject, and nothing is stored. */
function describeKeyCheck(error: UpstreamFailure, { baseUrl, afterwards }: { baseUrl: string; afterwards: string }): FailureDescription {
  switch (error.kind) {
    case "unauthorized":
      return described(
        "upstream_unauthorized",
        `Recruspace rejected this key. Check that you copied the whole key and that it is still active in Recruspace. ${afterwards}`,
        // The form shows this at the key field and nothing above it, so the field carries the advice.
        { fieldErrors: { apiKey: [`Recruspace rejected this key. Check that you copied the whole key and that it is still active in Recruspace. ${afterwards}`] } },
      );
    case "timeout":
      return described("timeout", `Recruspace at ${baseUrl} did not answer in time, so the key could not be checked. ${afterwards}`);
    case "network":
      return described("network", `Could not reach Recruspace at ${baseUrl} to check the key. ${afterwards}`);
    case "rate_limited": {
      const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
      return described("rate_limited", `Recruspace is rate-limiting requests. Please retry in ${seconds} s. ${afterwards}`, { retryAfterSeconds: seconds });
    }
    case "malformed_response":
      return described("upstream_shape", `Recruspace could not confirm this key: it answered in a shape the app could not read. ${afterwards}`);
    default:
      return described("upstream", `Recruspace could not confirm this key (it answered with an error). ${afterwards}`);
  }
}

/** Unexpected errors are logged by name only: their messages could hold personal data or upstream text. */
export function logUnexpected(where: string, error: unknown): void {
  console.error(`[${where}] unexpected ${error instanceof Error ? error.name : typeof error}`);
}

/** An action's failure value, from anything its handler threw. */
export function toActionFailure(error: unknown, actionName: string, options: Omit<DescribeOptions, "surface"> = {}): ActionFailure {
  const description = describeFailure(error, { ...options, surface: "action" });
  if (!description.expected) logUnexpected(`action ${actionName}`, error);
  const failure = fail(description.code, description.message, description.fieldErrors);
  return description.retryAfterSeconds === undefined ? failure : { ...failure, retryAfterSeconds: description.retryAfterSeconds };
}
