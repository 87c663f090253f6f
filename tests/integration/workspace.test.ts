import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { resetTenantCacheForTests } from "@/lib/list-cache/store";
import { addCandidateNote, listWorkspaceNotes } from "@/lib/candidates/notes";
import { addCandidateTag } from "@/lib/candidates/tags";
import { searchCandidatesByEmail } from "@/lib/candidates/email-search";
import { checkDeleteConfirmation, checkPoolDeletion, createTalentPool, deleteTalentPool, renameTalentPool } from "@/lib/talent-pools/manage";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { jobPostsPage, poolCandidatesPage, talentPools } from "@/lib/list-cache/lists";
import { paletteTargets } from "@/lib/list-cache/palette-targets";
import { listDestinations } from "@/lib/candidates/destinations";
import { onCandidateAdded } from "@/lib/list-cache/invalidate";
import { fileFetchPolicy, streamCandidateFile } from "@/lib/candidates/files";
import { readEnv } from "@/lib/config/env";
import type { Actor } from "@/lib/audit/record";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";

// Domain functions of the workspace against a real migrated database and the sandbox over HTTP.
let sandbox: Sandbox;
let acme: RecruspaceClient;
let globex: RecruspaceClient;
let actorA: Actor;
let actorB: Actor;

async function makeActor(label: string): Promise<Actor> {
  const suffix = randomBytes(4).toString("hex");
  const tenant = await db().tenant.create({ data: { name: `${label} ${suffix}` } });
  const user = await db().user.create({ data: { email: `${label.toLowerCase()}-${suffix}@it.test`, name: `${label} User`, passwordHash: "x" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "member" } });
  return { tenantId: tenant.id, userId: user.id, userEmail: user.email, userName: user.name };
}

async function upstreamCalls(route: string): Promise<number> {
  const res = await fetch(`${sandbox.url}/__sandbox/requests`);
  const body = (await res.json()) as { byRoute: Record<string, number> };
  return body.byRoute[route] ?? 0;
}

async function firstPoolCandidate() {
  const pools = await acme.listTalentPools();
  const pool = pools.items.find((p) => (p.candidate_count ?? 0) > 0)!;
  const page = await acme.listTalentPoolCandidates(pool.id, { page: 1, page_size: 20 });
  return { pool, candidate: page.results[0]! };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  acme = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
  globex = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.globex });
  actorA = await makeActor("Acme");
  actorB = await makeActor("Globex");
});

afterAll(async () => {
  await sandbox?.close();
});

beforeEach(() => {
  resetTenantCacheForTests();
});

describe("cached lists", () => {
  it("serves a repeat view without an upstream call, patches the list after a create and refetches after other pool mutations", async () => {
    const route = "GET /api/v1/client/talent-pools/";
    const source = async () => acme;
    const before = await upstreamCalls(route);
    const first = await talentPools(actorA.tenantId, source);
    await talentPools(actorA.tenantId, source);
    expect(await upstreamCalls(route)).toBe(before + 1);

    const name = `IT pool ${randomBytes(3).toString("hex")}`;
    const { pool: created, recovered } = await createTalentPool(acme, actorA, name);
    expect(recovered).toBe(false);
    expect(created).toEqual({ id: expect.any(Number), name });
    // What existed before the create comes from the cached list just viewed: the create lists nothing.
    expect(await upstreamCalls(route)).toBe(before + 1);
    const afterCreate = await talentPools(actorA.tenantId, source);
    expect(await upstreamCalls(route), "the create patched the cached list with its answer: no call").toBe(before + 1);
    expect(afterCreate.items).toHaveLength(first.items.length + 1);
    expect(afterCreate.items.find((p) => p.id === created!.id)?.name).toBe(name);

    expect(await renameTalentPool(acme, actorA, created!.id, `${name} renamed`)).toEqual({ id: created!.id, name: `${name} renamed` });
    expect((await talentPools(actorA.tenantId, source)).items.find((p) => p.id === created!.id)?.name).toBe(`${name} renamed`);

    await deleteTalentPool(acme, actorA, created!.id, `${name} renamed`);
    expect((await talentPools(actorA.tenantId, source)).items.some((p) => p.id === created!.id)).toBe(false);

    const audit = await db().auditEvent.findMany({ where: { tenantId: actorA.tenantId, targetId: String(created!.id) }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["talent_pool.created", "talent_pool.renamed", "talent_pool.deleted"]);
    expect(audit.every((e) => e.actorUserId === actorA.userId)).toBe(true);
  });

  it("refuses a second pool of an existing name unless asked, from the cached list and with no call", async () => {
    const name = `IT twin ${randomBytes(3).toString("hex")}`;
    const { pool: first } = await createTalentPool(acme, actorA, name);
    const lists = await upstreamCalls("GET /api/v1/client/talent-pools/");
    const creates = await upstreamCalls("POST /api/v1/client/talent-pools/");
    const refused = await createTalentPool(acme, actorA, name).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect((refused as UserFacingError).code).toBe("conflict");
    expect((refused as UserFacingError).fieldErrors?.name?.[0]).toContain(`“${name}” already exists`);
    expect(await upstreamCalls("GET /api/v1/client/talent-pools/"), "the list the first create patched says the name is taken").toBe(lists);
    expect(await upstreamCalls("POST /api/v1/client/talent-pools/"), "nothing sent").toBe(creates);

    const { pool: second } = await createTalentPool(acme, actorA, name, { allowDuplicate: true });
    expect(second!.id).not.toBe(first!.id);
    for (const pool of [first!, second!]) await deleteTalentPool(acme, actorA, pool.id, name);
  });

  it("deletes a pool with candidates only when its name is typed back; an empty or unlisted one without", () => {
    const full = { name: "Senior Rust", candidate_count: 26 };
    expect(() => checkDeleteConfirmation(full, undefined)).toThrow(UserFacingError);
    expect(() => checkDeleteConfirmation(full, "senior rust")).toThrow(/Type the pool's name/);
    expect(() => checkDeleteConfirmation(full, " Senior Rust ")).not.toThrow();
    expect(() => checkDeleteConfirmation({ name: "Unknown count", candidate_count: null }, "")).toThrow(UserFacingError);
    expect(() => checkDeleteConfirmation({ name: "Empty", candidate_count: 0 }, undefined)).not.toThrow();
    expect(() => checkDeleteConfirmation(undefined, undefined)).not.toThrow();
  });

  it("asks for the typed name when a pool gained people after its count was cached", async () => {
    const name = `Fresh count ${randomBytes(3).toString("hex")}`;
    const { pool } = await createTalentPool(acme, actorA, name);
    const cached = await talentPools(actorA.tenantId, async () => acme);
    expect(cached.items.find((p) => p.id === pool!.id)?.candidate_count).toBe(0);
    // Added behind the cache's back (another tool, or the sandbox directly): the cached count stays 0.
    await acme.manualAddCandidate({ email: `late-${randomBytes(3).toString("hex")}@it.test`, first_name: "Late", last_name: "Joiner", talent_pool_id: pool!.id });
    await expect(checkPoolDeletion(acme, actorA.tenantId, pool!.id, undefined)).rejects.toThrow(/Type the pool's name/);
    await expect(checkPoolDeletion(acme, actorA.tenantId, pool!.id, name)).resolves.toBeUndefined();
    await deleteTalentPool(acme, actorA, pool!.id, name);
    // Gone since it was listed: nothing to confirm; the delete itself answers for it.
    resetTenantCacheForTests();
    await expect(checkPoolDeletion(acme, actorA.tenantId, 999_999_999, undefined)).resolves.toBeUndefined();
  });

  it("keeps tenants apart even for the same list and parameters", async () => {
    const acmePools = await talentPools(actorA.tenantId, async () => acme);
    const globexPools = await talentPools(actorB.tenantId, async () => globex);
    expect(globexPools.items.map((p) => p.id)).not.toEqual(acmePools.items.map((p) => p.id));
  });

  it("pages job posts by the query and invalidates after a candidate is added", async () => {
    const route = "GET /api/v1/client/job-posts/";
    const source = async () => acme;
    const page1 = await jobPostsPage(actorA.tenantId, source, { page: 1, pageSize: 10 });
    const page2 = await jobPostsPage(actorA.tenantId, source, { page: 2, pageSize: 10 });
    expect(page1.count).toBe(34);
    expect(page1.results).toHaveLength(10);
    expect(page2.results[0]!.hash).not.toBe(page1.results[0]!.hash);
    const published = await jobPostsPage(actorA.tenantId, source, { page: 1, pageSize: 100, status: "published" });
    expect(published.results.every((p) => p.status === "published")).toBe(true);

    const calls = await upstreamCalls(route);
    await jobPostsPage(actorA.tenantId, source, { page: 1, pageSize: 10 });
    expect(await upstreamCalls(route)).toBe(calls);
    onCandidateAdded(actorA.tenantId, { jobPostHash: page1.results[0]!.hash });
    await jobPostsPage(actorA.tenantId, source, { page: 1, pageSize: 10 });
    expect(await upstreamCalls(route)).toBe(calls + 1);
  });

  it("gives the command palette the pools and job posts from the cached lists: the pools page's read is reused, a second opening calls nothing", async () => {
    const pools = "GET /api/v1/client/talent-pools/";
    const posts = "GET /api/v1/client/job-posts/";
    const source = async () => acme;
    const before = { pools: await upstreamCalls(pools), posts: await upstreamCalls(posts) };
    const listed = await talentPools(actorA.tenantId, source);
    const targets = await paletteTargets(actorA.tenantId, source);
    expect(targets.pools.map((pool) => pool.id)).toEqual(listed.items.map((pool) => pool.id));
    expect(targets.jobPosts.length).toBeGreaterThan(0);
    expect(targets.jobPosts.every((post) => post.hash && post.title)).toBe(true);
    await paletteTargets(actorA.tenantId, source);
    expect({ pools: await upstreamCalls(pools), posts: await upstreamCalls(posts) }).toEqual({ pools: before.pools + 1, posts: before.posts + 1 });

    const globexTargets = await paletteTargets(actorB.tenantId, async () => globex);
    expect(globexTargets.pools.some((pool) => listed.items.some((acmePool) => acmePool.id === pool.id))).toBe(false);
  });

  it("lists the destination picker's posts and pools from the cached lists: a repeat search calls nothing, a new pool is listed", async () => {
    const routes = { posts: "GET /api/v1/client/job-posts/", pools: "GET /api/v1/client/talent-pools/" };
    const source = async () => acme;
    const calls = async () => ({ posts: await upstreamCalls(routes.posts), pools: await upstreamCalls(routes.pools) });
    const before = await calls();
    const first = await listDestinations(actorA.tenantId, source, "engineer");
    expect(first.options.length).toBeGreaterThan(0);
    expect(await calls()).toEqual({ posts: before.posts + 1, pools: before.pools + 1 });

    expect(await listDestinations(actorA.tenantId, source, " engineer ")).toEqual(first);
    expect(await calls(), "a repeat within the cache's lifetime").toEqual({ posts: before.posts + 1, pools: before.pools + 1 });
    // The pools page reads the same entry.
    await talentPools(actorA.tenantId, source);
    expect((await calls()).pools).toBe(before.pools + 1);

    const name = `Engineering picker ${randomBytes(3).toString("hex")}`;
    const { pool } = await createTalentPool(acme, actorA, name);
    const after = await listDestinations(actorA.tenantId, source, "engineer");
    expect(after.options).toContainEqual({ value: `talent_pool:${pool!.id}`, label: name, kind: "talent_pool" });
    expect(await calls(), "the create patched the pool list: nothing is read again").toEqual({ posts: before.posts + 1, pools: before.pools + 1 });

    const globexDestinations = await listDestinations(actorB.tenantId, async () => globex, "engineer");
    expect(globexDestinations.options.some((option) => option.value === `talent_pool:${pool!.id}`)).toBe(false);
    await deleteTalentPool(acme, actorA, pool!.id, name);
    expect((await listDestinations(actorA.tenantId, source, "engineer")).options.some((option) => option.value === `talent_pool:${pool!.id}`)).toBe(false);
  });

  it("pages a pool's candidates", async () => {
    const { pool } = await firstPoolCandidate();
    const page = await poolCandidatesPage(actorA.tenantId, async () => acme, pool.id, 1, 10);
    expect(page.count).toBe(pool.candidate_count);
    expect(page.skipped).toBe(0);
    expect(page.results.length).toBe(Math.min(10, page.count));
  });
});

describe("notes and tags", () => {
  it("records a note in Recruspace and in the workspace's own table, visible only to that tenant", async () => {
    const { candidate } = await firstPoolCandidate();
    const text = `Great call ${randomBytes(3).toString("hex")}`;
    const note = await addCandidateNote(db(), acme, actorA, { candidateId: candidate.id, text });
    expect(note).toMatchObject({ text, authorName: actorA.userName });

    const detail = await acme.getCandidate(candidate.id);
    const notes = await listWorkspaceNotes(db(), actorA.tenantId, detail);
    expect(notes[0]).toMatchObject({ id: note.id, text });
    expect(await listWorkspaceNotes(db(), actorB.tenantId, detail)).toEqual([]);

    const row = await db().candidateNote.findUniqueOrThrow({ where: { id: note.id } });
    expect(row.recruspaceId).toEqual(expect.any(Number));
    const audit = await db().auditEvent.findFirst({ where: { tenantId: actorA.tenantId, action: "candidate.note_added", targetId: String(candidate.id) } });
    expect(audit?.actorEmail).toBe(actorA.userEmail);
    expect(audit?.metadata).not.toContain(text);
  });

  it("a note for another company's candidate is refused upstream and stored nowhere", async () => {
    const { candidate } = await firstPoolCandidate();
    await expect(addCandidateNote(db(), globex, actorB, { candidateId: candidate.id, text: "should not land" })).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await listWorkspaceNotes(db(), actorB.tenantId, await acme.getCandidate(candidate.id))).toEqual([]);
  });

  it("adds a tag once; the same tag again (any case) is reported as already present, not an error", async () => {
    const { candidate } = await firstPoolCandidate();
    const title = `it-${randomBytes(3).toString("hex")}`;
    const first = await addCandidateTag(acme, actorA, { candidateId: candidate.id, title });
    expect(first).toMatchObject({ status: "added", tag: { title } });
    const again = await addCandidateTag(acme, actorA, { candidateId: candidate.id, title: title.toUpperCase() });
    expect(again).toEqual({ status: "already_present", title: title.toUpperCase() });
    const fresh = await acme.getCandidate(candidate.id);
    expect(fresh.tags?.filter((t) => t.title.toLowerCase() === title)).toHaveLength(1);
    const audits = await db().auditEvent.count({ where: { tenantId: actorA.tenantId, action: "candidate.tag_added", targetId: String(candidate.id) } });
    expect(audits).toBeGreaterThanOrEqual(1);
  });

  it("a tag added on the candidate's page shows on the pool's list next time (the list shows tags)", async () => {
    const { pool, candidate } = await firstPoolCandidate();
    const source = async () => acme;
    const route = `GET /api/v1/client/talent-pools/${pool.id}/candidates/`;
    await poolCandidatesPage(actorA.tenantId, source, pool.id, 1, 20);
    const before = await upstreamCalls(route);
    const title = `list-${randomBytes(3).toString("hex")}`;
    await addCandidateTag(acme, actorA, { candidateId: candidate.id, title });
    const after = await poolCandidatesPage(actorA.tenantId, source, pool.id, 1, 20);
    expect(await upstreamCalls(route), "the cached list was dropped").toBe(before + 1);
    expect(after.results.find((c) => c.id === candidate.id)?.tags?.map((t) => t.title)).toContain(title);
  });
});

describe("search by email", () => {
  it("opens an exact match, lists partial matches and says none otherwise", async () => {
    const { candidate } = await firstPoolCandidate();
    expect(await searchCandidatesByEmail(acme, candidate.email.toUpperCase())).toEqual({
      kind: "exact",
      candidateId: candidate.id,
      email: candidate.email,
    });
    const partial = await searchCandidatesByEmail(acme, `@${candidate.email.split("@")[1]}`);
    expect(partial.kind).toBe("matches");
    expect(await searchCandidatesByEmail(acme, `nobody-${Date.now()}@nowhere.example`)).toEqual({ kind: "none" });
    expect(await searchCandidatesByEmail(acme, "   ")).toEqual({ kind: "none" });
  });
});

describe("candidate files", () => {
  // As deployed with the sandbox: its origin is a configured base URL, so its http file links are followed.
  const sandboxFiles = () => fileFetchPolicy(readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: sandbox.url }));

  it("streams a CV from a fresh presigned URL with safe headers", async () => {
    const pools = await acme.listTalentPools();
    let streamed = false;
    for (const pool of pools.items) {
      const page = await acme.listTalentPoolCandidates(pool.id, { page: 1, page_size: 50 });
      for (const summary of page.results) {
        const detail = await acme.getCandidate(summary.id);
        if (!detail.cv) continue;
        const outcome = await streamCandidateFile(acme, summary.id, "cv", { download: false, policy: sandboxFiles() });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const type = outcome.response.headers.get("content-type");
        expect(["application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]).toContain(type);
        expect(outcome.response.headers.get("content-disposition")).toMatch(type === "application/pdf" ? /^inline;/ : /^attachment;/);
        expect(outcome.response.headers.get("cache-control")).toBe("private, no-store");
        const bytes = new Uint8Array(await outcome.response.arrayBuffer());
        expect(bytes.length).toBeGreaterThan(0);
        if (type === "application/pdf") expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
        streamed = true;
        break;
      }
      if (streamed) break;
    }
    expect(streamed).toBe(true);
  });

  it("answers 404 for a candidate without that file", async () => {
    const { value: created } = await acme.manualAddCandidate({
      email: `nocv-${randomBytes(3).toString("hex")}@it.test`,
      first_name: "No",
      last_name: "Cv",
      talent_pool_id: (await acme.listTalentPools()).items[0]!.id,
    });
    expect(created?.cv).toBeNull();
    const outcome = await streamCandidateFile(acme, created!.id, "cv", { download: false, policy: sandboxFiles() });
    expect(outcome).toMatchObject({ ok: false, status: 404 });
  });
});
