import { describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "../../sandbox/seed-data";
import { call, LIVE, useTarget } from "../support/contract/target";

/** Sandbox-only: hammering a real account to provoke 429 would be rude. */
describe.skipIf(LIVE)("rate limit (sandbox, 5 per minute per key)", () => {
  const target = useTarget({ rateLimitPerMinute: 5 });

  it("the request after the limit → 429 with the DRF detail and Retry-After, across all endpoints", async () => {
    const paths = ["/api/v1/client/talent-pools/", "/api/v1/client/companies/users/", "/api/v1/client/companies/offices/", "/api/v1/client/job-posts/", "/api/v1/client/talent-pools/"];
    for (const path of paths) expect((await call(target, path)).status).toBe(200);
    const throttled = await call(target, "/api/v1/client/companies/users/");
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(30); // 60 s minus the time the five calls took
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(throttled.body).toEqual({ detail: `Request was throttled. Expected available in ${retryAfter} seconds.` });
  });

  it("counts each key separately; unauthenticated and unknown-path requests do not count", async () => {
    for (let i = 0; i < 3; i++) await call(target, "/api/v1/client/talent-pools/", { key: null });
    for (let i = 0; i < 3; i++) await call(target, "/api/v1/client/nowhere/");
    for (let i = 0; i < 5; i++) expect((await call(target, "/api/v1/client/talent-pools/")).status).toBe(200);
    expect((await call(target, "/api/v1/client/talent-pools/")).status).toBe(429);
    expect((await call(target, "/api/v1/client/talent-pools/", { key: SANDBOX_KEYS.globex })).status).toBe(200);
  });
});

describe.skipIf(LIVE)("rate limit window (sandbox, controllable clock)", () => {
  let now = Date.UTC(2026, 0, 1);
  const target = useTarget({ rateLimitPerMinute: 2, now: () => now });

  it("slides: a slot frees when the oldest request is 60 s old; 1 second is singular", async () => {
    expect((await call(target, "/api/v1/client/talent-pools/")).status).toBe(200);
    now += 30_000;
    expect((await call(target, "/api/v1/client/talent-pools/")).status).toBe(200);
    now += 29_500;
    const throttled = await call(target, "/api/v1/client/talent-pools/");
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(throttled.body).toEqual({ detail: "Request was throttled. Expected available in 1 second." });
    now += 600;
    expect((await call(target, "/api/v1/client/talent-pools/")).status).toBe(200);
    const second = await call(target, "/api/v1/client/talent-pools/");
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("30");
  });
});
