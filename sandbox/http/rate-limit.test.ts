import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter (sliding 60 s window per key)", () => {
  it("allows `limit` requests, then refuses with the seconds until the oldest leaves the window", () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, now: () => now });
    expect(limiter.check("k").allowed).toBe(true);
    now += 20_000;
    expect(limiter.check("k").allowed).toBe(true);
    expect(limiter.check("k").allowed).toBe(true);
    now += 10_500;
    expect(limiter.check("k")).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 29_400; // oldest still inside the window by 100 ms
    expect(limiter.check("k")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 200;
    expect(limiter.check("k").allowed).toBe(true);
  });

  it("counts keys separately and does not count refused requests", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, now: () => now });
    expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.check("b").allowed).toBe(true);
    for (let i = 0; i < 5; i++) expect(limiter.check("a").allowed).toBe(false);
    now += 60_001;
    expect(limiter.check("a").allowed).toBe(true);
  });

  it("forgets everything on reset", () => {
    const limiter = createRateLimiter({ limit: 1, now: () => 5 });
    limiter.check("a");
    limiter.reset();
    expect(limiter.check("a").allowed).toBe(true);
  });
});
