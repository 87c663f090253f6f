/**
 * What the client reports about its calls. Paths never carry the query string (it can hold an email) and
 * nothing here ever holds the API key or headers.
 */
export type RecruspaceRequestEvent = {
  type: "request";
  operation: string;
  method: string;
  path: string;
  /** HTTP status, or null when no answer arrived (timeout, network failure). */
  status: number | null;
  ms: number;
  attempt: number;
  outcome: "ok" | "http_error" | "timeout" | "network";
};

export type RecruspaceRateLimitedEvent = {
  type: "rate_limited";
  operation: string;
  method: string;
  path: string;
  attempt: number;
  waitMs: number;
  source: "retry-after" | "detail" | "backoff" | "local-queue";
  willRetry: boolean;
};

export type RecruspaceEvent = RecruspaceRequestEvent | RecruspaceRateLimitedEvent;
export type RecruspaceEventHandler = (event: RecruspaceEvent) => void;

/** Default: every 429 is logged (the Recruspace docs ask for it); ordinary requests are not. */
export const logRateLimits: RecruspaceEventHandler = (event) => {
  if (event.type !== "rate_limited") return;
  console.warn(
    `[recruspace] rate limited: ${event.method} ${event.path} (${event.operation}) attempt ${event.attempt}, ` +
      `wait ${Math.ceil(event.waitMs / 1000)} s from ${event.source}, ${event.willRetry ? "retrying" : "giving up"}`,
  );
};
