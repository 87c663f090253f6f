import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record";
import { addWithUploadedCv } from "@/lib/candidates/add";
import { addCandidateNote } from "@/lib/candidates/notes";
import { addCandidateTag } from "@/lib/candidates/tags";
import { runConnectionCheck, type EndpointReport } from "@/lib/connection-check/run";
import { companyOffices, companyUsers, jobPostsPage, poolCandidatesPage, talentPools } from "@/lib/list-cache/lists";
import { resetTenantCacheForTests } from "@/lib/list-cache/store";
import { createTalentPool } from "@/lib/talent-pools/manage";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";
import { pdfBytes } from "../support/files/documents";

/**
 * The app against a sandbox that drifts: every inferred field of every answer changes kind, is
 * renamed, dropped, nulled, or joined by unknown fields, deterministically from a seed, while the
 * documented fields stay as documented (sandbox/drift). Nothing may fail because of an inferred field,
 * every write must create exactly one record, and the connection check must name what changed.
 * DRIFT_SEEDS (comma-separated) picks the seeds; CI runs the default three.
 */
const SEEDS = (process.env.DRIFT_SEEDS ?? "1,2,3").split(",").map((seed) => seed.trim()).filter(Boolean);

let sandbox: Sandbox;
let client: RecruspaceClient;
let actor: Actor;

/** Which sandbox route each step of the connection check calls (the drift log is kept per route). */
const ROUTE_OF: Record<string, string> = {
  listCompanyOffices: "GET /api/v1/client/companies/offices/",
  listCompanyUsers: "GET /api/v1/client/companies/users/",
  listJobPosts: "GET /api/v1/client/job-posts/",
  getJobPost: "GET /api/v1/client/job-posts/{job_post_hash}/",
  listJobPostQuestions: "GET /api/v1/client/job-posts/{job_post_hash}/questions/",
  listTalentPools: "GET /api/v1/client/talent-pools/",
  listTalentPoolCandidates: "GET /api/v1/client/talent-pools/{talent_pool_id}/candidates/",
  getCandidate: "GET /api/v1/client/candidates/{candidate_id}/",
  searchCandidatesByEmail: "GET /api/v1/client/candidates/search-by-email/",
};

type Applied = { path: string; change: "kind" | "renamed" | "dropped" | "null" | "added" | "enum" };

async function appliedDrift(): Promise<Record<string, Applied[]>> {
  return ((await (await fetch(`${sandbox.url}/__sandbox/drift`)).json()) as { applied: Record<string, Applied[]> }).applied;
}

/** "a.b[].c" and its ancestors "a.b[]", "a.b", "a" (a change to an ancestor explains findings below it). */
function withAncestors(path: string): string[] {
  const out = [path];
  let current = path;
  while (current) {
    current = current.endsWith("[]") ? current.slice(0, -2) : current.includes(".") ? current.slice(0, current.lastIndexOf(".")) : "";
    out.push(current);
  }
  return out;
}

function renamedTargets(applied: Applied[]): Set<string> {
  // A renamed field shows up as missing under its name and as extra under a new one next to it.
  return new Set(applied.filter((change) => change.change === "renamed").map((change) => change.path));
}

function unexplained(endpoint: EndpointReport, applied: Applied[]): string[] {
  const changed = new Set(applied.map((change) => change.path));
  const renamed = renamedTargets(applied);
  return endpoint.fields
    .filter((finding) => {
      if (withAncestors(finding.path).some((path) => changed.has(path))) return false;
      // An item left out is explained by a change to one of its fields.
      if (finding.issue === "item_dropped" && [...changed].some((path) => path.startsWith(`${finding.path}.`))) return false;
      // The new name of a renamed field is its sibling: same parent as some renamed path.
      const parent = finding.path.includes(".") ? finding.path.slice(0, finding.path.lastIndexOf(".")) : "";
      return !(finding.issue === "extra" && [...renamed].some((path) => (path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "") === parent));
    })
    .map((finding) => `${finding.path} ${finding.issue}`);
}

function unreported(endpoint: EndpointReport, applied: Applied[]): string[] {
  const reported = new Set(endpoint.fields.map((finding) => finding.path));
  // Drops, renames and unknown extra fields always differ from the contract; kind changes, nulls and
  // enum values may land on what the contract accepts (a nullable field, an open enum).
  return applied
    .filter((change) => change.change === "dropped" || change.change === "renamed" || change.change === "added")
    .filter((change) => !withAncestors(change.path).some((path) => reported.has(path)))
    .map((change) => `${change.path} ${change.change}`);
}

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimitPerMinute: 100_000 });
  client = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme, limiterKey: `drift-${randomBytes(4).toString("hex")}`, rateLimitPerMinute: 100_000 });
  const suffix = randomBytes(4).toString("hex");
  const tenant = await db().tenant.create({ data: { name: `Drift ${suffix}` } });
  const user = await db().user.create({ data: { email: `drift-${suffix}@it.test`, name: "Drift User", passwordHash: "x" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "member" } });
  actor = { tenantId: tenant.id, userId: user.id, userEmail: user.email, userName: user.name };
});

afterAll(async () => {
  await sandbox?.close();
});

beforeEach(() => {
  resetTenantCacheForTests();
  sandbox.setDrift(null);
});

describe("the connection check", () => {
  it("finds nothing to report on the undrifted sandbox", async () => {
    const report = await runConnectionCheck({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme, rateLimitPerMinute: 100_000 });
    expect(report.calls).toBeLessThanOrEqual(10);
    expect(report.endpoints.map((endpoint) => [endpoint.operation, endpoint.outcome, endpoint.fields])).toEqual(
      Object.keys(ROUTE_OF).map((operation) => [operation, "ok", []]),
    );
  });

  it.each(SEEDS)("under drift seed %s lists what changed, and only that", async (seed) => {
    sandbox.setDrift(seed);
    const report = await runConnectionCheck({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme, rateLimitPerMinute: 100_000 });
    const applied = await appliedDrift();
    for (const endpoint of report.endpoints) {
      expect(endpoint.outcome, endpoint.operation).toBe("ok");
      const changes = applied[ROUTE_OF[endpoint.operation]!] ?? [];
      expect(unexplained(endpoint, changes), `${endpoint.operation}: reported but not changed`).toEqual([]);
      expect(unreported(endpoint, changes), `${endpoint.operation}: changed but not reported`).toEqual([]);
    }
    expect(report.endpoints.some((endpoint) => endpoint.fields.length > 0)).toBe(true);
  });
});

describe.each(SEEDS)("under drift seed %s", (seed) => {
  beforeEach(() => sandbox.setDrift(seed));

  it("every list the pages show reads, with its documented fields", async () => {
    const source = async () => client;
    const posts = await jobPostsPage(actor.tenantId, source, { page: 1, pageSize: 20 });
    expect(posts.results.length + posts.skipped).toBeGreaterThan(0);
    for (const post of posts.results) expect(post.hash).toMatch(/\S/);
    const pools = await talentPools(actor.tenantId, source);
    expect(pools.items.length).toBeGreaterThan(0);
    for (const pool of pools.items) expect(typeof pool.name).toBe("string");
    const members = await poolCandidatesPage(actor.tenantId, source, pools.items[0]!.id, 1, 20);
    for (const candidate of members.results) expect(candidate.email).toContain("@");
    expect((await companyOffices(actor.tenantId, source)).items.length).toBeGreaterThan(0);
    for (const user of (await companyUsers(actor.tenantId, source)).items) expect(user.user.email).toContain("@");
    const detail = await client.getJobPost(posts.results[0]!.hash);
    expect(detail.hash).toBe(posts.results[0]!.hash);
    const candidateId = members.results[0]?.id;
    if (candidateId) expect((await client.getCandidate(candidateId)).id).toBe(candidateId);
  });

  it("each write creates exactly one record, and says so", async () => {
    const name = `Drift pool ${seed} ${randomBytes(3).toString("hex")}`;
    const created = await createTalentPool(client, actor, name);
    expect(created.pool?.name ?? name).toBe(name);
    expect(sandbox.store.state.talentPools.filter((pool) => pool.name === name)).toHaveLength(1);

    const pool = sandbox.store.state.talentPools.find((p) => p.name === name)!;
    const bytes = pdfBytes(`Drift ${seed}`);
    const upload = await client.uploadFile({ body: bytes, filename: "cv.pdf", contentType: "application/pdf", size: bytes.byteLength, folderKey: "cv" });
    const email = `drift-${seed}-${randomBytes(3).toString("hex")}@example.com`;
    const outcome = await addWithUploadedCv(client, { email, firstName: "Dri", lastName: "Ft", destination: { kind: "talent_pool", id: pool.id }, cvDocumentId: upload.id }, []);
    expect(outcome.status).toBe("created");
    expect(sandbox.findCandidates(SANDBOX_KEYS.acme, email)).toHaveLength(1);

    // The same person into a job post (a published one takes new candidates): one more record, in that post.
    const post = sandbox.store.state.jobPosts.find((candidatePost) => candidatePost.status === "published")!;
    const toPost = await addWithUploadedCv(client, { email, firstName: "Dri", lastName: "Ft", destination: { kind: "job_post", hash: post.hash }, cvDocumentId: upload.id }, [
      sandbox.findCandidates(SANDBOX_KEYS.acme, email)[0]!.id,
    ]);
    expect(toPost.status).toBe("created");
    expect(sandbox.findCandidates(SANDBOX_KEYS.acme, email).filter((record) => record.job_post === post.hash)).toHaveLength(1);

    const candidateId = sandbox.findCandidates(SANDBOX_KEYS.acme, email)[0]!.id;
    const notesBefore = sandbox.store.state.notes.length;
    await addCandidateNote(db(), client, actor, { candidateId, text: `Drift note ${seed}` });
    expect(sandbox.store.state.notes.length).toBe(notesBefore + 1);
    expect(await addCandidateTag(client, actor, { candidateId, title: `drift-${seed}` })).toMatchObject({ status: "added", tag: { title: `drift-${seed}` } });
    expect(await addCandidateTag(client, actor, { candidateId, title: `drift-${seed}` })).toMatchObject({ status: "already_present" });
  });
});
