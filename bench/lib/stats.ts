/** Nearest-rank percentile of a list of durations in ms. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export type Latency = { p50: number; p99: number; n: number };

/** Runs `request` one after another `count` times (after `warmup` unmeasured runs); each must succeed. */
export async function sequentialLatency(request: () => Promise<void>, count: number, warmup = 5): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await request();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

export const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
