import { describe, expect, it, vi } from "vitest";
import {
  ConflictError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
} from "@/lib/recruspace/errors";
import { BaseUrlNotAllowedError, DecryptError, NoActiveKeyError } from "@/lib/vault/errors";
import { describeFailure, toActionFailure } from "./describe";
import { GateError, WorkspaceKeyError } from "./failures";
import { loadUpstream } from "./load";
import { UserFacingError } from "./user-facing-error";

describe("describeFailure", () => {
  it("tells members to ask an admin when the key is rejected", () => {
    const problem = describeFailure(new UnauthorizedError("listTalentPools"), { surface: "page" });
    expect(problem).toMatchObject({ code: "upstream_unauthorized", fixedBy: "admin" });
    expect(`${problem.title} ${problem.message}`).toMatch(/ask an admin to update the Recruspace key/i);
  });

  it("names the wait on a rate limit, as pages retry on their own and actions ask the user to", () => {
    const page = describeFailure(new RateLimitedError("listJobPosts", 7), { surface: "page" });
    expect(page).toMatchObject({ code: "rate_limited", retryAfterSeconds: 7, status: 429 });
    expect(page.message).toBe("Recruspace is rate-limiting, retrying in 7 s.");
    expect(toActionFailure(new RateLimitedError("addTag", 7), "candidates.addTag")).toMatchObject({
      error: "Recruspace is rate-limiting requests. Please retry in 7 s.",
      retryAfterSeconds: 7,
    });
  });

  it("points to the API keys settings when there is no key", () => {
    expect(describeFailure(new NoActiveKeyError())).toMatchObject({ code: "no_api_key", fixedBy: "admin", status: 409 });
  });

  it("gives a key that cannot be used the same words everywhere: ask an admin to replace it", () => {
    for (const error of [new DecryptError("auth tag mismatch"), new BaseUrlNotAllowedError()]) {
      const problem = describeFailure(error);
      expect(problem).toMatchObject({ code: "api_key_unusable", fixedBy: "admin", status: 409, expected: true });
      expect(problem.message).toMatch(/Ask an admin to replace/);
      expect(problem.message).not.toMatch(/auth tag|allowlist/);
    }
  });

  it("maps the other upstream failures and never repeats upstream text", () => {
    expect(describeFailure(new NotFoundError("getCandidate", "secret upstream detail")).message).not.toMatch(/secret/);
    expect(describeFailure(new TimeoutError("getCandidate", 10_000)).code).toBe("timeout");
    expect(describeFailure(new NetworkError("getCandidate", "ECONNREFUSED")).code).toBe("network");
    expect(describeFailure(new UpstreamError("getCandidate", 502)).code).toBe("upstream");
    expect(describeFailure(new ConflictError("addTag")).code).toBe("conflict");
  });

  it("says a write whose answer was lost may have happened, unless the flow checked", () => {
    const unknown = describeFailure(new TimeoutError("addNote", 10_000));
    expect(unknown.message).toMatch(/may or may not have been saved/);
    const checked = describeFailure(new TimeoutError("manualAddCandidate", 10_000), { lostAnswer: "checked_nothing_created", thing: "candidate" });
    expect(checked.message).toMatch(/We checked: no candidate was created/);
    expect(checked.message).not.toMatch(/may or may not/);
    const read = describeFailure(new TimeoutError("getCandidate", 10_000));
    expect(read.message).toBe("Recruspace did not answer in time. Please try again.");
  });

  it("says an unreadable answer is a shape the app does not understand and sends admins to the connection check", () => {
    const problem = describeFailure(new MalformedResponseError("getJobPost", "hash: expected string"));
    expect(problem).toMatchObject({ code: "upstream_shape", fixedBy: "admin" });
    expect(problem.message).toMatch(/shape the app could not read.*connection check/);
    expect(problem.message).not.toMatch(/try again in a moment|hash/);
  });

  it("passes the gate's and the user-facing refusals through with their codes", () => {
    expect(describeFailure(new GateError("unauthenticated"))).toMatchObject({ code: "unauthenticated", status: 401 });
    expect(describeFailure(new GateError("no_tenant"))).toMatchObject({ code: "forbidden", status: 403 });
    expect(describeFailure(new UserFacingError("conflict", "Already a member.", { email: ["Already a member."] }))).toMatchObject({
      code: "conflict",
      message: "Already a member.",
      fieldErrors: { email: ["Already a member."] },
    });
  });

  it("leaves unexpected errors to the error boundary", async () => {
    expect(describeFailure(new TypeError("bug"))).toMatchObject({ code: "internal", expected: false });
    expect(describeFailure(new TypeError("secret bug detail")).message).not.toMatch(/secret/);
    await expect(loadUpstream(async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
    await expect(loadUpstream(async () => Promise.reject(new UnauthorizedError()))).resolves.toMatchObject({ ok: false });
    await expect(loadUpstream(async () => Promise.reject(new DecryptError("x")))).resolves.toMatchObject({ ok: false, problem: { code: "api_key_unusable" } });
    await expect(loadUpstream(async () => 42)).resolves.toEqual({ ok: true, data: 42 });
  });
});

describe("failures made by another bundle's copy of the module", () => {
  it("are still recognised and put into the same words", async () => {
    vi.resetModules();
    const copy = await import("./failures");
    expect(copy.WorkspaceKeyError).not.toBe(WorkspaceKeyError);
    const foreign = new copy.WorkspaceKeyError("undecryptable", "decrypt failed");
    expect(foreign).toBeInstanceOf(WorkspaceKeyError);
    expect(describeFailure(foreign)).toMatchObject({ code: "api_key_unusable", expected: true });
    expect(describeFailure(new copy.GateError("forbidden"))).toMatchObject({ code: "forbidden" });
    expect(describeFailure(new copy.UpstreamFailure("timeout", "slow", undefined, "getCandidate"))).toMatchObject({ code: "timeout" });
  });

  it("keep ordinary instanceof for subclasses", () => {
    expect(new NoActiveKeyError()).toBeInstanceOf(WorkspaceKeyError);
    expect(new NoActiveKeyError()).not.toBeInstanceOf(DecryptError);
    expect(new TypeError("x")).not.toBeInstanceOf(WorkspaceKeyError);
  });
});
