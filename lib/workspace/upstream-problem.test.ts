import { describe, expect, it } from "vitest";
import {
  ConflictError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
} from "@/lib/recruspace/errors";
import { NoActiveKeyError } from "@/lib/vault/errors";
import { describeUpstreamProblem, loadUpstream } from "./upstream-problem";

describe("describeUpstreamProblem", () => {
  it("tells members to ask an admin when the key is rejected", () => {
    const problem = describeUpstreamProblem(new UnauthorizedError("listTalentPools"));
    expect(problem?.kind).toBe("bad_key");
    expect(`${problem?.title} ${problem?.message}`).toMatch(/ask an admin to update the Recruspace key/i);
  });

  it("names the wait on a rate limit", () => {
    const problem = describeUpstreamProblem(new RateLimitedError("listJobPosts", 7));
    expect(problem).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 7 });
    expect(problem?.message).toBe("Recruspace is rate-limiting, retrying in 7 s.");
  });

  it("points to the API keys settings when there is no key", () => {
    expect(describeUpstreamProblem(new NoActiveKeyError())?.kind).toBe("no_key");
  });

  it("maps the other upstream failures and never repeats upstream text", () => {
    expect(describeUpstreamProblem(new NotFoundError("getCandidate", "secret upstream detail"))?.message).not.toMatch(/secret/);
    expect(describeUpstreamProblem(new TimeoutError("x", 10_000))?.kind).toBe("timeout");
    expect(describeUpstreamProblem(new NetworkError("x", "ECONNREFUSED"))?.kind).toBe("network");
    expect(describeUpstreamProblem(new UpstreamError("x", 502))?.kind).toBe("upstream");
    expect(describeUpstreamProblem(new ConflictError("x"))?.kind).toBe("upstream");
  });

  it("leaves unexpected errors to the error boundary", async () => {
    expect(describeUpstreamProblem(new TypeError("bug"))).toBeNull();
    await expect(loadUpstream(async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
    await expect(loadUpstream(async () => Promise.reject(new UnauthorizedError()))).resolves.toMatchObject({ ok: false });
    await expect(loadUpstream(async () => 42)).resolves.toEqual({ ok: true, data: 42 });
  });
});
