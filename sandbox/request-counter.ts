/**
 * Per-route request counters ("METHOD /path" → n), for tests that assert how often the API was called, and
 * the arrival times (ms) of API requests (not file downloads), for benchmarks that check a rate over time.
 */
const MAX_ARRIVALS = 200_000;

export function createRequestCounter(now: () => number = Date.now) {
  let total = 0;
  let byRoute: Record<string, number> = {};
  let arrivals: number[] = [];
  return {
    count(method: string, pathname: string) {
      total++;
      const key = `${method} ${pathname}`;
      byRoute[key] = (byRoute[key] ?? 0) + 1;
      if (!pathname.startsWith("/files/") && arrivals.length < MAX_ARRIVALS) arrivals.push(now());
    },
    snapshot: () => ({ total, byRoute: { ...byRoute } }),
    arrivals: () => [...arrivals],
    reset() {
      total = 0;
      byRoute = {};
      arrivals = [];
    },
  };
}
export type RequestCounter = ReturnType<typeof createRequestCounter>;
