import { describe, expect, it } from "vitest";
import { backoffDelayMs, parseRetryAfterMs, parseThrottleDetailMs, rateLimitWait } from "./retry";

describe("parseRetryAfterMs", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfterMs("3")).toBe(3000);
    expect(parseRetryAfterMs(" 0 ")).toBe(0);
    expect(parseRetryAfterMs("1.5")).toBe(1500);
  });

  it("reads an HTTP date relative to now", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfterMs("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfterMs("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
  });

  it("returns null when absent or unreadable", () => {
    expect(parseRetryAfterMs(null)).toBeNull();
    expect(parseRetryAfterMs("")).toBeNull();
    expect(parseRetryAfterMs("soon")).toBeNull();
    expect(parseRetryAfterMs("-3")).toBeNull();
  });
});

describe("parseThrottleDetailMs", () => {
  it("reads the seconds in DRF's throttle text, singular and plural", () => {
    expect(parseThrottleDetailMs("Request was throttled. Expected available in 1 second.")).toBe(1000);
    expect(parseThrottleDetailMs("Request was throttled. Expected available in 42 seconds.")).toBe(42_000);
  });

  it("returns null for other text or non-strings", () => {
    expect(parseThrottleDetailMs("Request was throttled.")).toBeNull();
    expect(parseThrottleDetailMs(undefined)).toBeNull();
    expect(parseThrottleDetailMs(12)).toBeNull();
  });
});

describe("backoffDelayMs", () => {
  const options = { baseMs: 100, capMs: 1000 };

  it("stays between half the ceiling and the ceiling, doubling per attempt", () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const ceiling = 100 * 2 ** attempt;
      expect(backoffDelayMs(attempt, options, () => 0)).toBe(ceiling / 2);
      expect(backoffDelayMs(attempt, options, () => 1)).toBe(ceiling);
      const jittered = backoffDelayMs(attempt, options);
      expect(jittered).toBeGreaterThanOrEqual(ceiling / 2);
      expect(jittered).toBeLessThanOrEqual(ceiling);
    }
  });

  it("never exceeds the cap however many attempts", () => {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      expect(backoffDelayMs(attempt, options, () => 1)).toBeLessThanOrEqual(1000);
    }
  });
});

describe("rateLimitWait", () => {
  const detail = "Request was throttled. Expected available in 7 seconds.";

  it("prefers Retry-After, then the detail text, then backoff", () => {
    expect(rateLimitWait("2", detail, 0)).toEqual({ waitMs: 2000, source: "retry-after" });
    expect(rateLimitWait(null, detail, 0)).toEqual({ waitMs: 7000, source: "detail" });
    const fallback = rateLimitWait(null, "slow down", 1, { baseMs: 100, capMs: 1000 });
    expect(fallback.source).toBe("backoff");
    expect(fallback.waitMs).toBeGreaterThanOrEqual(100);
    expect(fallback.waitMs).toBeLessThanOrEqual(200);
  });
});
