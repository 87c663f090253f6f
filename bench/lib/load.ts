import autocannon from "autocannon";
import type { Latency } from "./stats";

/**
 * `connections` concurrent clients hammering one URL for `seconds`; p50/p99 of the latency.
 * Fails when any response was not 2xx: a benchmark of error pages measures nothing.
 */
export async function concurrentLatency(
  url: string,
  headers: Record<string, string>,
  options: { connections?: number; seconds?: number } = {},
): Promise<Latency & { rps: number }> {
  const result = await autocannon({ url, headers, connections: options.connections ?? 20, duration: options.seconds ?? 10, timeout: 30 });
  const total = result.requests.total;
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) throw new Error(`${url}: ${failures} of ${total} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  return { p50: result.latency.p50, p99: result.latency.p99, n: total, rps: result.requests.average };
}
