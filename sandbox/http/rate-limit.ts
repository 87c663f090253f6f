/**
 * Sliding 60-second window per API key across all endpoints (docs: 100 requests per minute per
 * key). A refused request is not counted. The wait is the time until the oldest request in the
 * window leaves it, rounded up to whole seconds (at least 1).
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createRateLimiter(options: { limit: number; windowMs?: number; now?: () => number }) {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  return {
    check(key: string): RateDecision {
      const time = now();
      const list = (hits.get(key) ?? []).filter((t) => t > time - windowMs);
      if (list.length >= options.limit) {
        hits.set(key, list);
        const oldest = list[0] ?? time;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - time) / 1000)) };
      }
      list.push(time);
      hits.set(key, list);
      return { allowed: true };
    },
    reset() {
      hits.clear();
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
