import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { limiterBudgetStore } from "@/lib/tenancy/key-budget";
import { LimiterSaturatedError, SlidingWindowLimiter } from "./rate-limiter";
import { SharedKeyBudget, sliceOf, type BudgetStore } from "./shared-budget";
import { mostInAnyWindow } from "@/tests/support/rate-window";

/** rate-limiter-flexible's memory store behind the app's own adapter: the same calls as the PostgreSQL store, in memory. */
function memoryStore(limit: number, windowMs: number): BudgetStore {
  const slice = sliceOf(limit, windowMs);
  const target = new RateLimiterMemory({ keyPrefix: "test", points: slice.points, duration: slice.durationMs / 1000 });
  return limiterBudgetStore(async () => target);
}

const budget = (store: BudgetStore, limit: number, windowMs: number) => new SharedKeyBudget(store, "key-1", limit, windowMs, new SlidingWindowLimiter(limit, windowMs));

describe("slices of a sliding window", () => {
  it("never let one window see more than the limit, however the slices fall", () => {
    for (const [limit, windowMs] of [[100, 61_000], [10, 1_000], [3, 61_000], [37, 5_000]] as const) {
      const { points, durationMs, slices } = sliceOf(limit, windowMs);
      // Back-to-back slices are the worst case: a window touches ceil(window / slice) + 1 of them.
      expect((Math.ceil(windowMs / durationMs) + 1) * points).toBeLessThanOrEqual(limit);
      expect(slices).toBeLessThanOrEqual(limit);
    }
    expect(sliceOf(100, 61_000)).toMatchObject({ points: 5, slices: 20 });
  });
});

describe("SharedKeyBudget", () => {
  it("holds one budget for two processes sharing the store", async () => {
    const limit = 10;
    const windowMs = 1_000;
    const store = memoryStore(limit, windowMs);
    const [a, b] = [budget(store, limit, windowMs), budget(store, limit, windowMs)];
    const granted: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).acquire(10_000).then(() => void granted.push(Date.now()))),
    );
    expect(granted).toHaveLength(24);
    expect(mostInAnyWindow(granted, windowMs)).toBeLessThanOrEqual(limit);
    // Not starved either: 24 grants in little more than two windows' worth of slices.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("serves a person who arrives later ahead of queued background work", async () => {
    const store = memoryStore(10, 1_000);
    const shared = budget(store, 10, 1_000);
    const order: string[] = [];
    const background = [1, 2, 3].map((n) => shared.acquire(10_000, "background").then(() => void order.push(`background ${n}`)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const person = shared.acquire(10_000, "interactive").then(() => void order.push("person"));
    await Promise.all([...background, person]);
    expect(order.indexOf("person")).toBeLessThanOrEqual(1);
  });

  it("keeps part of each slice for people: background work alone never takes it all", async () => {
    const store = memoryStore(100, 61_000);
    const shared = budget(store, 100, 61_000);
    await shared.acquire(0, "background");
    await shared.acquire(0, "background");
    await shared.acquire(0, "background");
    // Background may use 3 of the slice's 5 points; a person still gets in at once.
    await expect(shared.acquire(100, "background")).rejects.toBeInstanceOf(LimiterSaturatedError);
    await expect(shared.acquire(100, "interactive")).resolves.toBeUndefined();
  });

  it("says how long the wait is when it is longer than a caller may wait", async () => {
    const store = memoryStore(100, 61_000);
    const shared = budget(store, 100, 61_000);
    for (let i = 0; i < 5; i++) await shared.acquire(0);
    const refused = await shared.acquire(500).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimiterSaturatedError);
    expect((refused as LimiterSaturatedError).waitMs).toBeGreaterThan(500);
    expect((refused as LimiterSaturatedError).waitMs).toBeLessThanOrEqual(3_300);
  });

  it("holds every process after a 429 through the store", async () => {
    const store = memoryStore(100, 61_000);
    const [a, b] = [budget(store, 100, 61_000), budget(store, 100, 61_000)];
    a.blockFor(2_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = await b.acquire(500).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimiterSaturatedError);
  });

  it("falls back to the process's own budget when the store cannot be reached", async () => {
    const broken: BudgetStore = {
      consume: async () => {
        throw new Error("connection refused");
      },
      reward: async () => undefined,
      block: async () => undefined,
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await expect(budget(broken, 10, 1_000).acquire(1_000)).resolves.toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });
});
