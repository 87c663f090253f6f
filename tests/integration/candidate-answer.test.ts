import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { fileFetchPolicy, streamCandidateFile, type CandidateSource } from "@/lib/candidates/files";
import { cachedCandidate, freshCandidate } from "@/lib/list-cache/candidate-answer";
import { createRecruspaceClient } from "@/lib/recruspace/client";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";

/**
 * One view of a candidate (page, CV, photo) costs one Get Candidate, counted at the sandbox; a file link
 * the storage refuses as expired is asked for again exactly once, and the CV still arrives.
 */
let sandbox: Sandbox;
let candidateId: number;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  const acme = sandbox.store.companyForKey(SANDBOX_KEYS.acme)!.id;
  const found = sandbox.store.state.candidates.find((candidate) => candidate.companyId === acme && candidate.cvId !== null && candidate.photoId !== null);
  expect(found, "a sandbox candidate with a CV and a photo").toBeDefined();
  candidateId = found!.id;
});

afterAll(() => sandbox?.close());

beforeEach(() => {
  sandbox.clearFaults();
  sandbox.resetRequests();
});

const policy = () => fileFetchPolicy(readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: sandbox.url }));

/** What the tenant's client does (lib/tenancy/recruspace.ts), for a fresh tenant so tests share nothing. */
function tenantSource(keyRecordId = "key-1", tenantId = `tenant-${randomUUID()}`): CandidateSource & { tenantId: string } {
  const client = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme, limiterKey: `answer-test-${randomUUID()}` });
  const load = (id: number) => () => client.getCandidate(id);
  return {
    tenantId,
    getCandidate: (id) => cachedCandidate(tenantId, keyRecordId, id, load(id)),
    getFreshCandidate: (id) => freshCandidate(tenantId, keyRecordId, id, load(id)),
  };
}

const getCandidateCalls = () => sandbox.requests().byRoute[`GET /api/v1/client/candidates/${candidateId}/`] ?? 0;
const fileFetches = () => Object.entries(sandbox.requests().byRoute).filter(([route]) => route.startsWith("GET /files/")).reduce((sum, [, n]) => sum + n, 0);

describe("the shared candidate answer", () => {
  it("serves the page, the CV and the photo from one Get Candidate", async () => {
    const source = tenantSource();
    const page = await source.getCandidate(candidateId);
    const cv = await streamCandidateFile(source, candidateId, "cv", { download: false, policy: policy() });
    const photo = await streamCandidateFile(source, candidateId, "photo", { download: false, policy: policy() });
    expect(page.id).toBe(candidateId);
    expect(cv.ok && photo.ok).toBe(true);
    expect(getCandidateCalls()).toBe(1);
  });

  it("never serves one key record's answer to another", async () => {
    const first = tenantSource("key-1");
    await first.getCandidate(candidateId);
    await tenantSource("key-2", first.tenantId).getCandidate(candidateId);
    expect(getCandidateCalls()).toBe(2);
  });

  it("refreshes an expired link once, and the CV still streams", async () => {
    const source = tenantSource();
    await source.getCandidate(candidateId);
    sandbox.addFault({ method: "GET", path: "/files/*", kind: "status", status: 403, body: JSON.stringify({ detail: "Request has expired." }) });
    const cv = await streamCandidateFile(source, candidateId, "cv", { download: false, policy: policy() });
    expect(cv.ok).toBe(true);
    if (!cv.ok) return;
    expect(Buffer.from(await cv.response.arrayBuffer()).length).toBeGreaterThan(0);
    expect(getCandidateCalls()).toBe(2);
    expect(fileFetches()).toBe(2);
    // The refreshed answer is the shared one now: the photo costs nothing more.
    expect((await streamCandidateFile(source, candidateId, "photo", { download: false, policy: policy() })).ok).toBe(true);
    expect(getCandidateCalls()).toBe(2);
  });

  it("asks only once more when the fresh link is refused too", async () => {
    const source = tenantSource();
    sandbox.addFault({ method: "GET", path: "/files/*", kind: "status", status: 403, count: 5 });
    const cv = await streamCandidateFile(source, candidateId, "cv", { download: false, policy: policy() });
    expect(cv).toMatchObject({ ok: false, status: 502, code: "http_error" });
    expect(getCandidateCalls()).toBe(2);
    expect(fileFetches()).toBe(2);
  });
});
