/** Per-route request counters ("METHOD /path" → n), for tests that assert how often the API was called. */
export function createRequestCounter() {
  let total = 0;
  let byRoute: Record<string, number> = {};
  return {
    count(method: string, pathname: string) {
      total++;
      const key = `${method} ${pathname}`;
      byRoute[key] = (byRoute[key] ?? 0) + 1;
    },
    snapshot: () => ({ total, byRoute: { ...byRoute } }),
    reset() {
      total = 0;
      byRoute = {};
    },
  };
}
export type RequestCounter = ReturnType<typeof createRequestCounter>;
