import type { z } from "zod";
import { MalformedResponseError, NetworkError, RateLimitedError, TimeoutError, UnauthorizedError, ValidationError, type RecruspaceError } from "./errors";
import { findDrift } from "./contract/drift";
import type { RecruspaceEventHandler } from "./events";
import { errorForStatus, malformed } from "./map-error";
import { SIZE_MISMATCH_MESSAGE, UploadSizeMismatchError, type MultipartRequest } from "./multipart";
import { LimiterSaturatedError, type KeyBudget, type Priority } from "./rate-limiter";
import { sendWithNode, UploadTimedOut } from "./node-send";
import { backoffDelayMs, rateLimitWait, sleep, type BackoffOptions } from "./retry";

/**
 * One HTTP exchange with Recruspace, with the policy every endpoint shares:
 * - the per-key limiter is passed before every attempt;
 * - every attempt has a timeout covering the answer's body too (uploadTimeoutMs for uploads);
 * - uploads are written to the socket with Node's HTTP client, chunk by chunk as the socket drains;
 * - every answer's body is read up to maxResponseBytes and no further: a longer one (announced or
 *   streamed) is cut off and counts as unreadable, so a hostile or broken upstream cannot fill memory;
 * - 429 on any method: wait (Retry-After, else the detail text, else backoff) and send again, within
 *   maxRateLimitWaitMs in total; a streamed upload cannot be re-sent, so it fails with RateLimitedError;
 * - GET is retried on 5xx and network failures with jittered backoff (maxGetRetries), not after a timeout
 *   (the user has already waited the whole timeout once);
 * - POST/PATCH/DELETE are never retried after a timeout, network failure or 5xx: the request may have
 *   taken effect (a retry could create a duplicate candidate). Callers re-check the state instead
 *   (e.g. searchCandidatesByEmail) before offering the user a retry.
 * Errors carry the operation name and never the key, the Authorization header or the raw fetch objects.
 */

export type DriftEvent = { operation: string } & ReturnType<typeof findDrift>[number];
export type DriftHandler = (event: DriftEvent) => void;

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export type HttpConfig = {
  baseUrl: string;
  apiKey: string;
  /** False when the key cannot be sent in a header: calls fail with UnauthorizedError without sending. */
  keyUsable: boolean;
  /** JSON calls; multipart uploads are sent with node:http(s) (./node-send.ts). */
  fetch: typeof fetch;
  limiter: KeyBudget;
  /** Whose request this client sends: people's go ahead of background work in the key's budget. */
  priority: Priority;
  timeoutMs: number;
  uploadTimeoutMs: number;
  /** The longest answer body read (bytes); a longer one is unreadable (MalformedResponseError for a read). */
  maxResponseBytes: number;
  maxRateLimitWaitMs: number;
  maxQueueWaitMs: number;
  maxGetRetries: number;
  maxRateLimitRetries: number;
  backoff: BackoffOptions;
  onEvent: RecruspaceEventHandler;
  /** Told of every answer field that differs from the contract, extras included (by path, never a value). */
  onDrift: DriftHandler;
  redact: (text: string) => string;
};

export type RequestSpec = {
  operation: string;
  method: HttpMethod;
  /** API path starting with /api/v1/ and ending with the trailing slash. */
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  multipart?: MultipartRequest;
};

/**
 * A 2xx answer: its JSON body (null when empty), or `readable: false` when the body is not JSON or
 * longer than maxResponseBytes (`unreadable` says which).
 */
export type HttpAnswer = { status: number; body: unknown; readable: boolean; unreadable?: Unreadable };

type Unreadable = "not_json" | "too_large";

/** A write Recruspace accepted (2xx). `value` is null when its answer could not be read: it worked, details unknown. */
export type Accepted<T> = { status: number; value: T | null };

/** `text` is null when the body was longer than maxResponseBytes (it was not read past the limit). */
type RawAnswer = { status: number; retryAfter: string | null; text: string | null };

export class HttpTransport {
  constructor(private readonly config: HttpConfig) {}

  /** Sends the request and parses the 2xx body with `schema`; any failure is a typed RecruspaceError. */
  async json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>> {
    const answer = await this.request(spec);
    if (!answer.readable) throw malformedBody(spec.operation, answer.unreadable ?? "not_json", this.config.maxResponseBytes);
    return this.parse(spec.operation, schema, answer.body);
  }

  /**
   * A write: a 2xx answer is a success even when its body cannot be read (another shape, not JSON);
   * the value is then null and the caller goes on with what it knows (e.g. finds the new record).
   */
  async accepted<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<Accepted<z.output<S>>> {
    const answer = await this.request(spec);
    if (!answer.readable) {
      this.reportDrift(spec.operation, [{ path: "", issue: "unexpected_kind", origin: "inferred", observed: "string" }]);
      return { status: answer.status, value: null };
    }
    if (answer.body === null) return { status: answer.status, value: null };
    const parsed = schema.safeParse(answer.body);
    this.reportDrift(spec.operation, findDrift(schema, answer.body));
    return { status: answer.status, value: parsed.success ? (parsed.data as z.output<S>) : null };
  }

  /**
   * Parses a 2xx body. Tolerant fields that did not fit are reported as drift; a required field that
   * did not fit is a MalformedResponseError naming the operation and the failing path (never a value).
   */
  parse<S extends z.ZodType>(operation: string, schema: S, body: unknown): z.output<S> {
    this.reportDrift(operation, findDrift(schema, body));
    return malformed(operation, schema, body, this.config.redact) as z.output<S>;
  }

  private reportDrift(operation: string, findings: ReturnType<typeof findDrift>): void {
    for (const finding of findings) {
      try {
        this.config.onDrift({ operation, ...finding });
      } catch {
        // An observer must never break a call.
      }
    }
  }

  /** Sends the request; resolves with the status and the JSON body (null when empty) of a 2xx answer. */
  async request(spec: RequestSpec): Promise<HttpAnswer> {
    const { config } = this;
    if (!config.keyUsable) throw new UnauthorizedError(spec.operation);
    const isGet = spec.method === "GET";
    const replayable = spec.multipart ? spec.multipart.replayable : true;
    let attempt = 0;
    let failureRetries = 0;
    let rateLimitRetries = 0;
    let rateLimitWaitedMs = 0;

    for (;;) {
      attempt += 1;
      await this.acquireSlot(spec, attempt, rateLimitWaitedMs);
      const started = performance.now();
      let raw: RawAnswer;
      try {
        raw = await this.once(spec);
      } catch (error) {
        const outcome = error instanceof TimeoutError ? "timeout" : "network";
        this.emitRequest(spec, null, started, attempt, outcome);
        if (isGet && error instanceof NetworkError && failureRetries < config.maxGetRetries) {
          await sleep(backoffDelayMs(failureRetries, config.backoff));
          failureRetries += 1;
          continue;
        }
        throw error;
      }
      const ok = raw.status >= 200 && raw.status < 300;
      this.emitRequest(spec, raw.status, started, attempt, ok ? "ok" : "http_error");
      const body = raw.text === null ? TOO_LARGE : parseBody(raw.text);

      if (raw.status === 429) {
        const wait = rateLimitWait(raw.retryAfter, detailText(body), rateLimitRetries, config.backoff);
        config.limiter.blockFor(wait.waitMs);
        const retryAfterSeconds = Math.max(1, Math.ceil(wait.waitMs / 1000));
        const willRetry =
          replayable && rateLimitRetries < config.maxRateLimitRetries && rateLimitWaitedMs + wait.waitMs <= config.maxRateLimitWaitMs;
        this.emit({ type: "rate_limited", operation: spec.operation, method: spec.method, path: spec.path, attempt, waitMs: wait.waitMs, source: wait.source, willRetry });
        if (!willRetry) throw new RateLimitedError(spec.operation, retryAfterSeconds);
        // The limiter holds this key's callers (including this retry) until the wait is over.
        rateLimitWaitedMs += wait.waitMs;
        rateLimitRetries += 1;
        continue;
      }
      if (raw.status >= 500 && isGet && failureRetries < config.maxGetRetries) {
        await sleep(backoffDelayMs(failureRetries, config.backoff));
        failureRetries += 1;
        continue;
      }
      if (!ok) throw errorForStatus(spec.operation, raw.status, body === NOT_JSON || body === TOO_LARGE ? null : body, config.redact);
      if (body === NOT_JSON) return { status: raw.status, body: null, readable: false, unreadable: "not_json" };
      if (body === TOO_LARGE) return { status: raw.status, body: null, readable: false, unreadable: "too_large" };
      return { status: raw.status, body, readable: true };
    }
  }

  private async acquireSlot(spec: RequestSpec, attempt: number, alreadyWaitedMs: number): Promise<void> {
    try {
      await this.config.limiter.acquire(Math.max(0, this.config.maxQueueWaitMs - alreadyWaitedMs), this.config.priority);
    } catch (error) {
      if (!(error instanceof LimiterSaturatedError)) throw error;
      this.emit({ type: "rate_limited", operation: spec.operation, method: spec.method, path: spec.path, attempt, waitMs: error.waitMs, source: "local-queue", willRetry: false });
      throw new RateLimitedError(spec.operation, Math.max(1, Math.ceil(error.waitMs / 1000)));
    }
  }

  /** One attempt: the request plus reading the body (at most maxResponseBytes), under one timeout. Throws only TimeoutError/NetworkError (or ValidationError for an upload's size mismatch). */
  private async once(spec: RequestSpec): Promise<RawAnswer> {
    const { config } = this;
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: `Bearer ${config.apiKey}`,
    };
    if (spec.multipart) return this.upload(spec, spec.multipart, headers);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    let body: string | undefined;
    if (spec.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(spec.json);
    }
    try {
      const response = await config.fetch(buildUrl(config.baseUrl, spec.path, spec.query), {
        method: spec.method,
        headers,
        body,
        signal: controller.signal,
        // A redirect could carry the Authorization header elsewhere; Recruspace does not redirect API calls.
        redirect: "manual",
      });
      const text = await readCapped(response, config.maxResponseBytes);
      return { status: response.status, retryAfter: response.headers.get("retry-after"), text };
    } catch (error) {
      if (controller.signal.aborted) throw new TimeoutError(spec.operation, config.timeoutMs);
      throw new NetworkError(spec.operation, networkReason(error));
    } finally {
      clearTimeout(timer);
    }
  }

  /** A multipart upload, sent with Node's own HTTP client (./node-send.ts); redirects are not followed. */
  private async upload(spec: RequestSpec, multipart: MultipartRequest, headers: Record<string, string>): Promise<RawAnswer> {
    const { config } = this;
    try {
      return await sendWithNode({
        url: buildUrl(config.baseUrl, spec.path, spec.query),
        method: spec.method,
        headers: { ...headers, "Content-Type": multipart.contentType, "Content-Length": String(multipart.contentLength) },
        body: multipart.makeBody(),
        timeoutMs: config.uploadTimeoutMs,
        maxResponseBytes: config.maxResponseBytes,
      });
    } catch (error) {
      if (error instanceof UploadTimedOut) throw new TimeoutError(spec.operation, config.uploadTimeoutMs);
      if (hasSizeMismatch(error)) throw new ValidationError(spec.operation, { [multipart.fileField]: [SIZE_MISMATCH_MESSAGE] });
      throw new NetworkError(spec.operation, networkReason(error));
    }
  }

  private emitRequest(spec: RequestSpec, status: number | null, started: number, attempt: number, outcome: "ok" | "http_error" | "timeout" | "network") {
    this.emit({
      type: "request",
      operation: spec.operation,
      method: spec.method,
      path: spec.path,
      status,
      ms: Math.round(performance.now() - started),
      attempt,
      outcome,
    });
  }

  private emit(event: Parameters<RecruspaceEventHandler>[0]) {
    try {
      this.config.onEvent(event);
    } catch {
      // An observer must never break a call.
    }
  }
}

const NOT_JSON = Symbol("not-json");
const TOO_LARGE = Symbol("too-large");

/**
 * The body as text, read chunk by chunk and never past `maxBytes`: null (and the rest of the body
 * cancelled, which closes the connection) when the announced length or the bytes so far exceed it.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = response.headers.get("content-length");
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  // Decoded as response.text() would: UTF-8, a leading BOM dropped, bad bytes replaced.
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function detailText(body: unknown): unknown {
  return body && typeof body === "object" && "detail" in body ? (body as { detail: unknown }).detail : undefined;
}

function malformedBody(operation: string, reason: Unreadable, maxBytes: number): RecruspaceError {
  return new MalformedResponseError(operation, reason === "too_large" ? `the body is longer than ${maxBytes} bytes` : "the body is not JSON");
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, string | number | undefined>): string {
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(name, String(value));
  }
  return url.toString();
}

function hasSizeMismatch(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (current instanceof UploadSizeMismatchError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A short, key-free reason: the system error code when there is one (ECONNRESET, ECONNREFUSED, …). */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]{2,40}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return "connection failed";
}
