/**
 * Retry timing: how long to wait after a 429 (Retry-After header, else the seconds in the DRF detail text,
 * else backoff) and the jittered exponential backoff used for GET retries.
 */

export type BackoffOptions = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, capMs: 5_000 };

/**
 * "Full jitter" exponential backoff: a random delay in [ceiling/2, ceiling] where ceiling = base * 2^attempt
 * (capped). `attempt` is 0 for the first retry. Keeping a floor of half the ceiling avoids hammering.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | null | undefined, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // HTTP dates name a weekday/month; a bare "-3" or "soon" is not one.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** "Request was throttled. Expected available in 3 seconds." → 3000; null when the text says nothing usable. */
export function parseThrottleDetailMs(detail: unknown): number | null {
  if (typeof detail !== "string") return null;
  const match = /available in (\d+(?:\.\d+)?) seconds?/i.exec(detail);
  return match ? Math.round(Number(match[1]) * 1000) : null;
}

export type RateLimitWait = { waitMs: number; source: "retry-after" | "detail" | "backoff" };

/** How long to wait before retrying a request answered 429. */
export function rateLimitWait(
  retryAfterHeader: string | null,
  detail: unknown,
  attempt: number,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
  now: number = Date.now(),
): RateLimitWait {
  const fromHeader = parseRetryAfterMs(retryAfterHeader, now);
  if (fromHeader !== null) return { waitMs: fromHeader, source: "retry-after" };
  const fromDetail = parseThrottleDetailMs(detail);
  if (fromDetail !== null) return { waitMs: fromDetail, source: "detail" };
  return { waitMs: backoffDelayMs(attempt, backoff), source: "backoff" };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
