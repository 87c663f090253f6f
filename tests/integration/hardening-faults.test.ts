import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toActionFailure } from "@/lib/errors/describe";
import type { ActionFailure } from "@/lib/errors/result";
import { resetTenantCacheForTests } from "@/lib/list-cache/store";
import { db } from "@/lib/db";
import { LostWriteError } from "@/lib/errors/failures";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { addKey, verifyKey } from "@/lib/vault/admin";
import { storeApiKey } from "@/lib/vault/api-keys";
import { addCandidateNote } from "@/lib/candidates/notes";
import { addCandidateTag } from "@/lib/candidates/tags";
import { createTalentPool, deleteTalentPool, renameTalentPool } from "@/lib/talent-pools/manage";
import type { Actor } from "@/lib/audit/record";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";

/**
 * Upstream faults on every mutating flow except candidate creation (covered in candidates.test.ts):
 * pools create / rename / delete, notes, tags, API key add / verify. For each fault the caller gets a
 * clear message and Recruspace (the sandbox) and our database hold exactly the records they should.
 */

// Long enough that a healthy call never times out on a loaded 2-core CI machine (a 400 ms limit once
// turned a flow's own pool listing into a timeout), short enough that the hang cases stay quick.
const TIMEOUT_MS = 1500;
const ACME_COMPANY_ID = 1;
const savedEnv = { ...process.env };

let sandbox: Sandbox;
let client: RecruspaceClient;
let actor: Actor;
let candidateId: number;

type FaultRule = Parameters<Sandbox["addFault"]>[0];
type FaultCase = {
  label: string;
  rule: Omit<FaultRule, "method" | "path">;
  code: string;
  message: RegExp;
  /** After a 429 the key is held until Retry-After: an immediate retry is refused without calling Recruspace. */
  heldAfterwards?: boolean;
  /** The answer is lost (timeout, reset, 5xx): a write may have happened, and the message says what the flow knows. */
  lost?: boolean;
  /**
   * Only for reads. A write answered 2xx is done even when its body cannot be read (it is a success with
   * unknown details), so for writes this fault is covered below with `after: true`.
   */
  readsOnly?: boolean;
};

// GETs are retried twice by the client, so GET faults repeat enough times to outlast the retries.
const FAULTS: FaultCase[] = [
  { label: "HTTP 500", rule: { kind: "status", status: 500, count: 5 }, code: "upstream", message: /problem answering|could not confirm/, lost: true },
  { label: "429 with a Retry-After beyond the wait budget", rule: { kind: "status", status: 429, retryAfter: 120, count: 5 }, code: "rate_limited", message: /120 s/, heldAfterwards: true },
  { label: "a hang past the timeout", rule: { kind: "hang", count: 5 }, code: "timeout", message: /did not answer in time/, lost: true },
  { label: "a reset connection", rule: { kind: "reset", count: 5 }, code: "network", message: /Could not reach Recruspace/, lost: true },
  { label: "a malformed body", rule: { kind: "malformed", count: 5 }, code: "upstream_shape", message: /could not read|could not confirm/, readsOnly: true },
];

type Flow<T> = {
  name: string;
  method: string;
  path: (subject: T) => string;
  /** Creates what the mutation acts on (a pool to rename, …). */
  prepare: () => Promise<T>;
  run: (subject: T) => Promise<unknown>;
  /** The records the flow could change, in a comparable form. */
  records: (subject: T) => Promise<unknown>;
  /** What `records` must show after one successful run, given what it showed before. */
  afterSuccess: (before: unknown, subject: T) => unknown;
  /** For a write: what the message says the flow knows after a lost answer (LostWriteError's knowledge). */
  lostAnswerWords?: RegExp;
};

const uniqueName = (prefix: string) => `${prefix} ${randomBytes(4).toString("hex")}`;

function poolsNamed(name: string) {
  return sandbox.store.state.talentPools.filter((pool) => pool.companyId === ACME_COMPANY_ID && pool.name === name).map((pool) => pool.id);
}

function acmePoolCount() {
  return sandbox.store.state.talentPools.filter((pool) => pool.companyId === ACME_COMPANY_ID).length;
}

async function newPool(): Promise<{ id: number; name: string }> {
  const { value } = await client.createTalentPool({ name: uniqueName("Fault pool") });
  if (!value) throw new Error("setup: the pool's answer could not be read");
  return { id: value.id, name: value.name };
}

const poolCreate: Flow<{ name: string }> = {
  name: "create a talent pool",
  method: "POST",
  path: () => "/api/v1/client/talent-pools/create/",
  prepare: async () => ({ name: uniqueName("New pool") }),
  run: ({ name }) => createTalentPool(client, actor, name),
  records: async ({ name }) => ({ named: poolsNamed(name).length, total: acmePoolCount() }),
  afterSuccess: (before) => ({ named: 1, total: (before as { total: number }).total + 1 }),
  // The pools were listed again after the lost answer: none of this name appeared.
  lostAnswerWords: /We checked: no talent pool was created\. .*retry safely/,
};

const poolRename: Flow<{ id: number; name: string; next: string }> = {
  name: "rename a talent pool",
  method: "PATCH",
  path: ({ id }) => `/api/v1/client/talent-pools/${id}/`,
  prepare: async () => ({ ...(await newPool()), next: uniqueName("Renamed pool") }),
  run: ({ id, next }) => renameTalentPool(client, actor, id, next),
  records: async ({ id }) => ({ name: sandbox.store.state.talentPools.find((pool) => pool.id === id)?.name, total: acmePoolCount() }),
  afterSuccess: (before, { next }) => ({ ...(before as object), name: next }),
  lostAnswerWords: /trying again is safe/,
};

const poolDelete: Flow<{ id: number; name: string }> = {
  name: "delete a talent pool",
  method: "DELETE",
  path: ({ id }) => `/api/v1/client/talent-pools/${id}/`,
  prepare: newPool,
  run: ({ id, name }) => deleteTalentPool(client, actor, id, name),
  records: async ({ id }) => ({ exists: sandbox.store.state.talentPools.some((pool) => pool.id === id), total: acmePoolCount() }),
  afterSuccess: (before) => ({ exists: false, total: (before as { total: number }).total - 1 }),
  lostAnswerWords: /trying again is safe/,
};

const noteAdd: Flow<{ text: string }> = {
  name: "add a note",
  method: "POST",
  path: () => "/api/v1/client/candidates/add-note/",
  prepare: async () => ({ text: uniqueName("A note <b>with</b> markup") }),
  run: ({ text }) => addCandidateNote(db(), client, actor, { candidateId, text }),
  records: async ({ text }) => ({
    upstream: sandbox.store.state.notes.filter((note) => note.candidateId === candidateId && note.text === text).length,
    ours: await db().candidateNote.count({ where: { tenantId: actor.tenantId, candidateId, text } }),
  }),
  afterSuccess: () => ({ upstream: 1, ours: 1 }),
  // Recruspace cannot list a candidate's notes.
  lostAnswerWords: /may or may not have been saved, and Recruspace offers no way to check/,
};

function candidateTagTitles(): string[] {
  const candidate = sandbox.store.state.candidates.find((c) => c.id === candidateId)!;
  return sandbox.store.state.tags.filter((tag) => candidate.tagIds.includes(tag.id)).map((tag) => tag.title);
}

const tagAdd: Flow<{ title: string }> = {
  name: "add a tag",
  method: "POST",
  path: () => "/api/v1/client/candidates/add-tag/",
  prepare: async () => ({ title: uniqueName("tag") }),
  run: ({ title }) => addCandidateTag(client, actor, { candidateId, title }),
  records: async ({ title }) => candidateTagTitles().filter((t) => t === title).length,
  afterSuccess: () => 1,
  lostAnswerWords: /trying again is safe/,
};

async function adminScope() {
  const suffix = randomUUID().slice(0, 8);
  const tenant = await db().tenant.create({ data: { name: `Fault keys ${suffix}` } });
  const user = await db().user.create({ data: { email: `keys-${suffix}@faults.test`, name: `Kim ${suffix}`, passwordHash: "unused" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "admin" } });
  const ip = "203.0.113.9";
  return { tenantId: tenant.id, userId: user.id, userEmail: user.email, ip, actor: { userId: user.id, email: user.email, ip } };
}

const keyRows = async (tenantId: string) =>
  (await db().apiKey.findMany({ where: { tenantId }, select: { id: true, status: true, lastVerifiedAt: true } })).map((row) => ({
    id: row.id,
    status: row.status,
    verified: row.lastVerifiedAt !== null,
  }));

const keyAdd: Flow<{ scope: Awaited<ReturnType<typeof adminScope>>; key: string }> = {
  name: "add an API key (verified first)",
  method: "GET",
  path: () => "/api/v1/client/companies/users/",
  prepare: async () => ({ scope: await adminScope(), key: sandbox.addKey("acme")! }),
  run: ({ scope, key }) => addKey(scope, { label: "Production", baseUrl: sandbox.url, apiKey: key }),
  records: ({ scope }) => keyRows(scope.tenantId),
  afterSuccess: () => [expect.objectContaining({ status: "active", verified: true })],
};

const keyVerify: Flow<{ scope: Awaited<ReturnType<typeof adminScope>>; keyId: string }> = {
  name: "verify the stored API key",
  method: "GET",
  path: () => "/api/v1/client/companies/users/",
  prepare: async () => {
    const scope = await adminScope();
    const stored = await storeApiKey(db(), { tenantId: scope.tenantId, label: "Stored", baseUrl: sandbox.url, apiKey: sandbox.addKey("acme")!, createdById: scope.actor.userId });
    return { scope, keyId: stored.id };
  },
  run: ({ scope, keyId }) => verifyKey(scope, keyId),
  records: ({ scope }) => keyRows(scope.tenantId),
  afterSuccess: (before) => (before as { id: string; status: string }[]).map((row) => ({ ...row, verified: true })),
};

const FLOWS = [poolCreate, poolRename, poolDelete, noteAdd, tagAdd, keyAdd, keyVerify] as Flow<unknown>[];

async function failureOf(promise: Promise<unknown>, name: string): Promise<ActionFailure> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `${name} should have failed`).not.toBeNull();
  return toActionFailure(error, name);
}

function expectClearMessage(failure: ActionFailure) {
  expect(failure.error).toMatch(/^[A-Z]/);
  expect(failure.error.trim()).toMatch(/[.)]$/);
  expect(failure.error.length).toBeLessThan(300);
  expect(failure.error).not.toMatch(/undefined|\[object|Error:|at \w+ \(/);
  for (const key of Object.values(SANDBOX_KEYS)) expect(failure.error).not.toContain(key);
  expect(failure.error).not.toMatch(/rsk_sandbox_/);
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
  process.env.RECRUSPACE_TIMEOUT_MS = String(TIMEOUT_MS);
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  const suffix = randomBytes(4).toString("hex");
  const tenant = await db().tenant.create({ data: { name: `Faults ${suffix}` } });
  const user = await db().user.create({ data: { email: `faults-${suffix}@it.test`, name: "Fay Faults", passwordHash: "x" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "member" } });
  actor = { tenantId: tenant.id, userId: user.id, userEmail: user.email, userName: user.name };
  candidateId = sandbox.store.state.candidates.find((c) => c.companyId === ACME_COMPANY_ID)!.id;
});

afterAll(async () => {
  process.env = savedEnv;
  await sandbox?.close();
});

// A fresh limiter per test: after a 429 the client holds every call of its key until Retry-After has passed.
beforeEach(() => {
  resetTenantCacheForTests();
  client = createRecruspaceClient({
    baseUrl: sandbox.url,
    apiKey: SANDBOX_KEYS.acme,
    limiterKey: `hardening-${randomUUID()}`,
    rateLimitPerMinute: 10_000,
    timeoutMs: TIMEOUT_MS,
    backoff: { baseMs: 20, capMs: 50 },
  });
});
afterEach(() => sandbox.clearFaults());

describe.each(FLOWS.map((flow) => [flow.name, flow] as const))("upstream faults while users %s", (name, flow) => {
  const faults = FAULTS.filter((fault) => !fault.readsOnly || flow.method === "GET");
  it.each(faults.map((fault) => [fault.label, fault] as const))("%s: clear message, nothing changed, then one clean retry succeeds (or, after a 429, is held back)", async (_label, fault) => {
    const subject = await flow.prepare();
    const before = await flow.records(subject);
    sandbox.addFault({ ...fault.rule, method: flow.method, path: flow.path(subject) } as FaultRule);

    const failure = await failureOf(flow.run(subject), name);
    expect(failure.code).toBe(fault.code);
    expect(failure.error).toMatch(fault.message);
    if (fault.lost && flow.lostAnswerWords) expect(failure.error).toMatch(flow.lostAnswerWords);
    expectClearMessage(failure);
    // Nothing was half-done: upstream and our own records are as before (no blind POST retries).
    expect(await flow.records(subject)).toEqual(before);

    sandbox.clearFaults();
    if (fault.heldAfterwards) {
      const calls = sandbox.requests().total;
      const again = await failureOf(flow.run(subject), name);
      expect(again.code).toBe("rate_limited");
      expectClearMessage(again);
      expect(sandbox.requests().total).toBe(calls);
      expect(await flow.records(subject)).toEqual(before);
      return;
    }
    // The user's retry (their input is still in the form) does the work exactly once.
    await flow.run(subject);
    expect(await flow.records(subject)).toEqual(flow.afterSuccess(before, subject));
  });

  it("a single 429 with Retry-After: 1 is waited out and the change happens exactly once", async () => {
    const subject = await flow.prepare();
    const before = await flow.records(subject);
    sandbox.addFault({ kind: "status", status: 429, retryAfter: 1, count: 1, method: flow.method, path: flow.path(subject) });
    const started = Date.now();
    await flow.run(subject);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await flow.records(subject)).toEqual(flow.afterSuccess(before, subject));
  });
});

describe("an answer lost after Recruspace did the work (reset after handling)", () => {
  it.each([noteAdd, tagAdd].map((flow) => [flow.name, flow as Flow<unknown>] as const))(
    "%s: the user is told, and the client does not silently repeat the POST",
    async (name, flow) => {
      const subject = await flow.prepare();
      const before = await flow.records(subject);
      sandbox.addFault({ kind: "reset", after: true, count: 1, method: flow.method, path: flow.path(subject) });
      const failure = await failureOf(flow.run(subject), name);
      expect(failure.code).toBe("network");
      expectClearMessage(failure);
      const after = (await flow.records(subject)) as Record<string, number> | number;
      // Upstream holds the record once; a note's local copy is only written on a confirmed answer.
      const upstreamCount = typeof after === "number" ? after : (after.upstream ?? after.named);
      expect(upstreamCount).toBe(1);
      if (typeof after === "object" && "ours" in after) expect(after.ours).toBe(0);
      void before;
    },
  );

  it.each([
    ["a dropped connection", { kind: "reset" }],
    ["a 500", { kind: "status", status: 500 }],
    ["a hang past the timeout", { kind: "hang" }],
  ] as const)("creating a pool: after %s the pool that was made is found, reported as created and audited once", async (_label, rule) => {
    const { name } = await poolCreate.prepare();
    const before = await poolCreate.records({ name });
    sandbox.addFault({ ...rule, after: true, count: 1, method: poolCreate.method, path: poolCreate.path({ name }) } as FaultRule);
    const { pool, recovered } = await createTalentPool(client, actor, name);
    expect(recovered).toBe(true);
    expect(pool).toEqual({ id: expect.any(Number), name });
    expect(poolsNamed(name)).toEqual([pool!.id]);
    expect(await poolCreate.records({ name })).toEqual(poolCreate.afterSuccess(before, { name }));
    const audits = await db().auditEvent.findMany({ where: { tenantId: actor.tenantId, action: "talent_pool.created", targetId: String(pool!.id) } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.metadata!)).toMatchObject({ name, recoveredAfterFailure: "true" });
  });

  it("creating a pool: a lost answer when another pool of that name already existed finds only the new one", async () => {
    const { name } = await poolCreate.prepare();
    const earlier = (await client.createTalentPool({ name })).value!;
    sandbox.addFault({ kind: "reset", after: true, count: 1, method: poolCreate.method, path: poolCreate.path({ name }) });
    const { pool, recovered } = await createTalentPool(client, actor, name, { allowDuplicate: true });
    expect(recovered).toBe(true);
    expect(pool?.id).toEqual(expect.any(Number));
    expect(pool!.id).not.toBe(earlier.id);
    expect(poolsNamed(name).sort()).toEqual([earlier.id, pool!.id].sort());
  });
});

describe("creating a pool when two pools of that name appear during a lost answer", () => {
  it("does not pick one, and does not claim nothing was created", async () => {
    const { name } = await poolCreate.prepare();
    // Our create is done upstream but its answer hangs; meanwhile someone else makes a pool of the same name.
    sandbox.addFault({ kind: "hang", after: true, count: 1, method: poolCreate.method, path: poolCreate.path({ name }) });
    const attempt = createTalentPool(client, actor, name).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 3));
    const other = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme, limiterKey: `other-${randomUUID()}`, rateLimitPerMinute: 10_000 });
    await other.createTalentPool({ name });
    const error = await attempt;
    expect(error).toBeInstanceOf(LostWriteError);
    expect((error as LostWriteError).knowledge).toBe("unknown");
    expect(poolsNamed(name)).toHaveLength(2);
  });
});

describe("a write answered 2xx whose body cannot be read (answer cut short after Recruspace did the work)", () => {
  // Changed meaning: this used to be an upstream_shape failure; a 2xx now means the write was done.
  const WRITES = [poolCreate, poolRename, poolDelete, noteAdd, tagAdd] as Flow<unknown>[];
  it.each(WRITES.map((flow) => [flow.name, flow] as const))("%s: a success, the change is there exactly once", async (_name, flow) => {
    const subject = await flow.prepare();
    const before = await flow.records(subject);
    const calls = sandbox.requests().byRoute[`${flow.method} ${flow.path(subject)}`] ?? 0;
    sandbox.addFault({ kind: "malformed", after: true, count: 1, method: flow.method, path: flow.path(subject) });
    await flow.run(subject);
    expect(await flow.records(subject)).toEqual(flow.afterSuccess(before, subject));
    expect(sandbox.requests().byRoute[`${flow.method} ${flow.path(subject)}`], "sent once").toBe(calls + 1);
  });

  it("creating a pool: the new pool is found by its name and audited with its id", async () => {
    const { name } = await poolCreate.prepare();
    sandbox.addFault({ kind: "malformed", after: true, count: 1, method: poolCreate.method, path: poolCreate.path({ name }) });
    const { pool, recovered } = await createTalentPool(client, actor, name);
    expect(recovered).toBe(false);
    expect(poolsNamed(name)).toEqual([pool?.id]);
    const audits = await db().auditEvent.findMany({ where: { tenantId: actor.tenantId, action: "talent_pool.created", targetId: String(pool?.id) } });
    expect(audits).toHaveLength(1);
  });

  it("adding a note: kept in the workspace without a Recruspace id", async () => {
    const { text } = await noteAdd.prepare();
    sandbox.addFault({ kind: "malformed", after: true, count: 1, method: noteAdd.method, path: noteAdd.path({ text }) });
    const note = await addCandidateNote(db(), client, actor, { candidateId, text });
    expect(note.text).toBe(text);
    expect((await db().candidateNote.findUniqueOrThrow({ where: { id: note.id } })).recruspaceId).toBeNull();
  });

  it("adding a tag: added, its id unknown", async () => {
    const { title } = await tagAdd.prepare();
    sandbox.addFault({ kind: "malformed", after: true, count: 1, method: tagAdd.method, path: tagAdd.path({ title }) });
    expect(await addCandidateTag(client, actor, { candidateId, title })).toEqual({ status: "added", tag: { id: null, title } });
  });
});
