import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LimiterSaturatedError, SlidingWindowLimiter, fingerprint, limiterFor } from "./rate-limiter";

describe("SlidingWindowLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function track(promise: Promise<void>) {
    const state = { done: false };
    void promise.then(() => {
      state.done = true;
    });
    return state;
  }

  it("lets `limit` callers through at once and queues the rest until the window slides", async () => {
    const limiter = new SlidingWindowLimiter(3, 1000, () => Date.now());
    const calls = Array.from({ length: 5 }, () => track(limiter.acquire()));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.done)).toEqual([true, true, true, false, false]);
    expect(limiter.pending).toBe(2);

    await vi.advanceTimersByTimeAsync(999);
    expect(calls.map((c) => c.done)).toEqual([true, true, true, false, false]);

    await vi.advanceTimersByTimeAsync(1);
    expect(calls.every((c) => c.done)).toBe(true);
    expect(limiter.inWindow).toBe(2); // the first three aged out, the two queued ones are in
  });

  it("serves people ahead of queued background work, and keeps part of the window for them", async () => {
    const limiter = new SlidingWindowLimiter(10, 1000, () => Date.now());
    // Background work may fill 6 of the 10 slots; the 7th waits, people still get the other 4 at once.
    const background = Array.from({ length: 7 }, () => track(limiter.acquire(Infinity, "background")));
    await vi.advanceTimersByTimeAsync(0);
    expect(background.filter((c) => c.done)).toHaveLength(6);
    const people = Array.from({ length: 4 }, () => track(limiter.acquire(Infinity, "interactive")));
    await vi.advanceTimersByTimeAsync(0);
    expect(people.every((c) => c.done)).toBe(true);
    expect(background[6]!.done).toBe(false);
    // When the window slides, a person who arrived after the queued background caller goes first.
    const late = track(limiter.acquire(Infinity, "interactive"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(late.done).toBe(true);
  });

  it("is a sliding window: slots free up one by one as each grant ages out", async () => {
    const limiter = new SlidingWindowLimiter(2, 1000, () => Date.now());
    await limiter.acquire();
    await vi.advanceTimersByTimeAsync(400);
    await limiter.acquire();
    const third = track(limiter.acquire());
    const fourth = track(limiter.acquire());
    await vi.advanceTimersByTimeAsync(599); // t = 999
    expect([third.done, fourth.done]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1); // t = 1000: first grant expired
    expect([third.done, fourth.done]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(399); // t = 1399
    expect(fourth.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1); // t = 1400: second grant expired
    expect(fourth.done).toBe(true);
  });

  it("serves waiters first in, first out", async () => {
    const limiter = new SlidingWindowLimiter(1, 100, () => Date.now());
    const order: number[] = [];
    const all = [0, 1, 2, 3].map((n) => limiter.acquire().then(() => order.push(n)));
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(all);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("estimates the wait and refuses callers whose turn is beyond maxWaitMs", async () => {
    const limiter = new SlidingWindowLimiter(2, 1000, () => Date.now());
    expect(limiter.estimatedWaitMs()).toBe(0);
    await limiter.acquire();
    await vi.advanceTimersByTimeAsync(300);
    await limiter.acquire();
    expect(limiter.estimatedWaitMs()).toBe(700);
    const queued = track(limiter.acquire(700));
    expect(limiter.estimatedWaitMs()).toBe(1000); // behind the queued caller: the second grant's slot
    await expect(limiter.acquire(999)).rejects.toBeInstanceOf(LimiterSaturatedError);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(700);
    expect(queued.done).toBe(true);
  });

  it("holds every caller while blocked by a Retry-After, then lets them through", async () => {
    const limiter = new SlidingWindowLimiter(10, 1000, () => Date.now());
    limiter.blockFor(500);
    expect(limiter.estimatedWaitMs()).toBe(500);
    const a = track(limiter.acquire());
    const b = track(limiter.acquire());
    await vi.advanceTimersByTimeAsync(499);
    expect([a.done, b.done]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect([a.done, b.done]).toEqual([true, true]);
    await expect(limiter.acquire(100)).resolves.toBeUndefined();
    limiter.blockFor(10_000_000);
    expect(limiter.estimatedWaitMs()).toBe(300_000); // capped
    await expect(limiter.acquire(1000)).rejects.toBeInstanceOf(LimiterSaturatedError);
  });

  it("estimates deep queues in whole extra windows", async () => {
    const limiter = new SlidingWindowLimiter(1, 1000, () => Date.now());
    await limiter.acquire();
    void limiter.acquire();
    void limiter.acquire();
    expect(limiter.estimatedWaitMs()).toBe(3000);
    await vi.advanceTimersByTimeAsync(5000);
  });
});

describe("limiterFor", () => {
  it("shares one limiter per limiter key across clients", () => {
    const a = limiterFor({ limiterKey: "record-shared", apiKey: "key-1" });
    const b = limiterFor({ limiterKey: "record-shared", apiKey: "key-2" });
    expect(a).toBe(b);
    expect(limiterFor({ limiterKey: "record-other", apiKey: "key-1" })).not.toBe(a);
  });

  it("falls back to a fingerprint of the key and never stores the raw key", () => {
    const secret = "rsk_secret_value_for_limiter_test_0123456789";
    const first = limiterFor({ apiKey: secret, limit: 7 });
    expect(limiterFor({ apiKey: secret })).toBe(first);
    expect(first.limit).toBe(7);
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for("recruspace-admin.rate-limiters")];
    expect([...(registry?.keys() ?? [])]).toContain(`key:${fingerprint(secret)}`);
    expect(inspect(registry, { depth: 5 })).not.toContain(secret);
  });
});
