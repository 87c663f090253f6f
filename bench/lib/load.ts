import autocannon from "autocannon";
import { percentile, type Latency } from "./stats";

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

/**
 * `connections` clients each running `operation` back to back for `seconds` (a closed loop, like
 * autocannon's connections), for operations that are more than one request. p50/p99 per operation.
 */
export async function concurrentOperations(operation: () => Promise<void>, options: { connections: number; seconds: number }): Promise<Latency> {
  const deadline = performance.now() + options.seconds * 1000;
  const times: number[] = [];
  const client = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      await operation();
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}
