import "server-only";
import { companyEndpoints } from "./endpoints/company";
import { candidateEndpoints } from "./endpoints/candidates";
import { jobPostEndpoints } from "./endpoints/job-posts";
import { talentPoolEndpoints } from "./endpoints/talent-pools";
import { uploadEndpoints } from "./endpoints/uploads";
import { logDriftOnce } from "./drift-log";
import { logRateLimits, type RecruspaceEventHandler } from "./events";
import { HttpTransport, type DriftHandler } from "./http";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, DEFAULT_WINDOW_MS, limiterFor, type KeyBudget, type Priority } from "./rate-limiter";
import { createRedactor } from "./redact";
import { DEFAULT_BACKOFF, type BackoffOptions } from "./retry";

export type { RecruspaceEvent, RecruspaceEventHandler } from "./events";
export type { Accepted, DriftEvent, DriftHandler } from "./http";
export type * from "./schemas";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 20_000;
/** 5 MiB: the longest answer body the client reads (the largest documented page is far smaller). */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export type RecruspaceClientOptions = {
  /** e.g. https://api.recruspace.com or the sandbox URL; a trailing slash is ignored. */
  baseUrl: string;
  apiKey: string;
  /** Non-secret id shared by every client of this key (e.g. the key record id); default: a hash of the key. */
  limiterKey?: string;
  /** Per-request timeout (RECRUSPACE_TIMEOUT_MS, default 10 s). */
  timeoutMs?: number;
  /** Timeout of multipart uploads (RECRUSPACE_UPLOAD_TIMEOUT_MS, default 120 s). */
  uploadTimeoutMs?: number;
  /** The fetch of JSON calls (default: the runtime's own); uploads always use node:http(s). */
  fetch?: typeof fetch;
  /**
   * The longest answer body read, in bytes (default 5 MiB). A longer one is not read past the limit:
   * a read fails with MalformedResponseError ("answered in a shape the app could not read"), a write
   * that was accepted succeeds with its details unknown.
   */
  maxResponseBytes?: number;
  /** Total time a call may spend waiting on 429 answers before failing with RateLimitedError (default 20 s). */
  maxRateLimitWaitMs?: number;
  /** Longest wait in this process's per-key queue before failing with RateLimitedError (default 60 s). */
  maxQueueWaitMs?: number;
  /** Observer of every call and every 429 (default: logs 429s). Never receives the key. */
  onEvent?: RecruspaceEventHandler;
  /** Observer of every answer field that did not fit the contract (default: logs each kind once per process). */
  onDrift?: DriftHandler;
  /** Per-key budget of this process (default 100 per ~minute); the first client of a key sets it. */
  rateLimitPerMinute?: number;
  rateLimitWindowMs?: number;
  /** The key's budget when it is shared beyond this process (./shared-budget.ts); default: this process's own. */
  budget?: KeyBudget;
  /** "background" for bulk work (a connection check): it queues behind people and uses only part of the budget. */
  priority?: Priority;
  /** GET retries after 5xx/network failures (default 2). */
  maxGetRetries?: number;
  backoff?: BackoffOptions;
};

/**
 * Typed client of the Recruspace REST API (server-only). One method per documented endpoint; responses are
 * zod-parsed; failures are the typed errors of ./errors. See ./http.ts for timeouts, retries and 429 handling,
 * and ./rate-limiter.ts for the per-key budget.
 */
export function createRecruspaceClient(options: RecruspaceClientOptions) {
  const apiKey = typeof options.apiKey === "string" ? options.apiKey : "";
  // A key with whitespace or control characters cannot be a Recruspace key, and fetch would throw an error
  // quoting the header value: such a key is never sent, every call fails as Recruspace would (401).
  const keyUsable = /^[\x21-\x7e]+$/.test(apiKey);
  let baseUrl: string;
  try {
    const parsed = new URL(options.baseUrl);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error("protocol");
    baseUrl = `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
  } catch {
    throw new TypeError("The Recruspace base URL is not a valid http(s) URL.");
  }

  const http = new HttpTransport({
    baseUrl,
    apiKey,
    keyUsable,
    fetch: options.fetch ?? platformFetch(),
    limiter:
      options.budget ??
      limiterFor({
        limiterKey: options.limiterKey,
        apiKey,
        limit: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
        windowMs: options.rateLimitWindowMs ?? DEFAULT_WINDOW_MS,
      }),
    priority: options.priority ?? "interactive",
    timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    uploadTimeoutMs: positive(options.uploadTimeoutMs, DEFAULT_UPLOAD_TIMEOUT_MS),
    maxResponseBytes: positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS,
    maxQueueWaitMs: options.maxQueueWaitMs ?? 60_000,
    maxGetRetries: options.maxGetRetries ?? 2,
    maxRateLimitRetries: 5,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    onEvent: options.onEvent ?? logRateLimits,
    onDrift: options.onDrift ?? logDriftOnce,
    redact: createRedactor(apiKey),
  });

  return {
    ...candidateEndpoints(http),
    ...companyEndpoints(http),
    ...jobPostEndpoints(http),
    ...talentPoolEndpoints(http),
    ...uploadEndpoints(http),
  };
}

export type RecruspaceClient = ReturnType<typeof createRecruspaceClient>;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The runtime's own fetch, not Next.js's patched one: Recruspace calls carry a tenant's key and
 * personal data, so they must never go near Next's data cache, and the patch (cache-key work,
 * tracing spans) costs every call time for nothing here. Falls back to the global fetch when Next
 * is not around (scripts, tests) or stops exposing the original.
 */
function platformFetch(): typeof fetch {
  const global = globalThis.fetch as typeof fetch & { _nextOriginalFetch?: typeof fetch };
  return (global._nextOriginalFetch ?? global).bind(globalThis);
}
