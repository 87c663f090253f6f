import { RateLimiterRes } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { isLimited, limiter, tryConsume } from "./limiter-store";

describe("limiter-store", () => {
  it("tells a refusal from a failing store by shape, also for a RateLimiterRes of another copy of the library", () => {
    expect(isLimited(new RateLimiterRes(0, 5000))).toBe(true);
    // What a second bundle's copy of rate-limiter-flexible rejects with: not this copy's class.
    expect(isLimited({ remainingPoints: 0, msBeforeNext: 5000, consumedPoints: 6, isFirstInDuration: false })).toBe(true);
    expect(isLimited(new Error("connection refused"))).toBe(false);
    expect(isLimited(null)).toBe(false);
  });

  it("counts atomically: of many consumes started together, exactly `points` pass (memory store without a PostgreSQL URL)", async () => {
    const target = await limiter({ name: `unit_${Date.now()}`, points: 3, durationSeconds: 60 });
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => tryConsume(target, "k")));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ ok: false, msBeforeNext: expect.any(Number) });
  });

  it("is one limiter per name and limits across callers (the process-wide instance)", async () => {
    const name = `unit_shared_${Date.now()}`;
    expect(await limiter({ name, points: 1, durationSeconds: 60 })).toBe(await limiter({ name, points: 1, durationSeconds: 60 }));
  });
});
