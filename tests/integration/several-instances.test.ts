import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db/url";
import type { Actor } from "@/lib/audit/record";
import { startCacheBroadcast, stopCacheBroadcast } from "@/lib/list-cache/broadcast";
import { invalidateTalentPools } from "@/lib/list-cache/invalidate";
import { talentPools } from "@/lib/list-cache/lists";
import { resetTenantCacheForTests } from "@/lib/list-cache/store";
import { createTalentPool } from "@/lib/talent-pools/manage";
import { clientSourceFor, recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { addKey, replaceKey } from "@/lib/vault/admin";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";
import { burst, burstClient, type BurstCommand } from "../support/instances/burst";
import { mostInAnyWindow } from "../support/rate-window";

/**
 * Two instances on one PostgreSQL database: this test process and a worker process running the same lib
 * code (tests/support/instances/worker.ts). One key's budget holds for both together; an invalidation made
 * through one reaches the other's cache at once; a key replaced through one is the key the other sends
 * next, with the old key's cached answers gone. Runs on PostgreSQL only (TEST_DATABASE_URL).
 */
const onPostgres = databaseKind(resolveDatabaseUrl()) === "postgres";
const root = path.resolve(import.meta.dirname, "../..");

let sandbox: Sandbox;
let worker: ChildProcessWithoutNullStreams;
const answers = new Map<number, (line: { ok: boolean; value?: unknown; error?: string }) => void>();
let seq = 0;
const savedEnv = { ...process.env };

function ask<T>(command: Record<string, unknown>): Promise<T> {
  const id = ++seq;
  return new Promise<T>((resolve, reject) => {
    answers.set(id, (line) => (line.ok ? resolve(line.value as T) : reject(new Error(line.error))));
    worker.stdin.write(`${JSON.stringify({ ...command, seq: id })}\n`);
  });
}

/**
 * Asks again until the answer passes, for messages between the instances: they land in milliseconds on a
 * quiet machine and later under a loaded CI. How soon is the benchmark's measure (bench:instances), not
 * this test's; the deadline only has to be far below the 30-second list lifetime it replaces.
 */
async function eventually<T>(read: () => Promise<T>, passes: (value: T) => boolean, deadlineMs = 5_000): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!passes(value) && Date.now() - started < deadlineMs) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

/** Views the list on the other instance until a view makes no call: any message still in flight has landed. */
async function settledCalls(view: () => Promise<unknown>, calls: () => number): Promise<number> {
  await view();
  const settled = await eventually(
    async () => {
      const now = calls();
      await view();
      return calls() === now ? now : undefined;
    },
    (count) => count !== undefined,
  );
  return settled ?? calls();
}

async function sharedEntriesOf(tenantId: string): Promise<number> {
  return db().sharedListEntry.count({ where: { tenantId } });
}

async function makeAdmin(label: string): Promise<Actor> {
  const suffix = randomBytes(4).toString("hex");
  const tenant = await db().tenant.create({ data: { name: `${label} ${suffix}` } });
  const user = await db().user.create({ data: { email: `${label.toLowerCase()}-${suffix}@it.test`, name: `${label} Admin`, passwordHash: "x" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "admin" } });
  return { tenantId: tenant.id, userId: user.id, userEmail: user.email, userName: user.name };
}

describe.skipIf(!onPostgres)("several instances on one PostgreSQL database", () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
    process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
    await startCacheBroadcast();
    worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/support/instances/worker.ts"], {
      cwd: root,
      env: { ...process.env },
    });
    worker.stderr.on("data", (chunk: Buffer) => process.stderr.write(`[worker] ${chunk}`));
    const lines = readline.createInterface({ input: worker.stdout });
    await new Promise<void>((resolve, reject) => {
      worker.once("exit", (code) => reject(new Error(`the worker exited (${code})`)));
      lines.on("line", (text) => {
        const line = JSON.parse(text) as { ready?: boolean; seq?: number; ok: boolean };
        if (line.ready) return resolve();
        answers.get(line.seq!)?.(line);
        answers.delete(line.seq!);
      });
    });
  }, 90_000);

  afterAll(async () => {
    worker?.kill();
    await stopCacheBroadcast();
    await sandbox?.close();
    process.env = savedEnv;
  });

  it("holds one key's budget for both instances together", async () => {
    const command: BurstCommand = {
      baseUrl: sandbox.url,
      apiKey: SANDBOX_KEYS.acme,
      budgetKey: `budget-${randomBytes(4).toString("hex")}`,
      limit: 10,
      windowMs: 2_000,
      count: 15,
      maxWaitMs: 1_500,
    };
    const [here, there] = await Promise.all([
      burst(command, (sending) => burstClient(command, sending)),
      ask<Awaited<ReturnType<typeof burst>>>({ cmd: "burst", ...command }),
    ]);
    const sent = [...here.sentAt, ...there.sentAt];
    // 30 asked at once, each willing to wait 1.5 s: no 2-second window ever saw more than 10 of them.
    expect(mostInAnyWindow(sent, command.windowMs)).toBeLessThanOrEqual(command.limit);
    expect(here.sentAt.length).toBeGreaterThan(0);
    expect(there.sentAt.length).toBeGreaterThan(0);
    // The rest were refused with how long to wait, not sent into a 429.
    expect(here.refused + there.refused).toBe(30 - sent.length);
    expect(Math.max(here.waitSeconds, there.waitSeconds)).toBeGreaterThanOrEqual(1);
  });

  it("shows a pool created through one instance on the other at once, without a call", async () => {
    const admin = await makeAdmin("Pools");
    await addKey(admin, { label: "Acme", baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
    const calls = () => sandbox.requests().byRoute["GET /api/v1/client/talent-pools/"] ?? 0;
    const view = () => ask<string[]>({ cmd: "pools", tenantId: admin.tenantId });
    // Adding the key told the other instance to forget the tenant: once that has landed, a repeat view is
    // served from its cache.
    const before = await settledCalls(view, calls);
    expect(await view()).toBeDefined();
    expect(calls(), "a repeat view on the other instance is served from its cache").toBe(before);

    const name = `Shared ${randomBytes(3).toString("hex")}`;
    await createTalentPool(await recruspaceForTenant(admin.tenantId), admin, name);
    expect(await eventually(view, (listed) => listed.includes(name))).toContain(name);
    expect(calls(), "the other instance lists it from the patched shared entry, without a call").toBe(before);

    // The patched entry is as short-lived as any: the next change drops it, and the other instance asks again.
    invalidateTalentPools(admin.tenantId);
    await eventually(
      async () => (await view(), calls()),
      (count) => count > before,
    );
    expect(calls()).toBe(before + 1);
    expect(await view()).toContain(name);
    expect(calls(), "and keeps that answer").toBe(before + 1);
  });

  it("serves a list one instance fetched to the other without a call, and never an answer older than a change", async () => {
    const admin = await makeAdmin("Shared");
    await addKey(admin, { label: "Acme", baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const calls = () => sandbox.requests().byRoute["GET /api/v1/client/talent-pools/"] ?? 0;
    const here = (await talentPools(admin.tenantId, clientSourceFor(admin.tenantId))).items.map((pool) => pool.name);
    // The entry is written after the answer is served: let it land.
    await eventually(() => sharedEntriesOf(admin.tenantId), (count) => count > 0);
    const before = calls();
    expect(await ask<string[]>({ cmd: "pools", tenantId: admin.tenantId }), "the other instance's first view").toEqual(here);
    expect(calls(), "served from the shared entry").toBe(before);

    // A load that began before a change ends after it: its answer is not left for anyone to serve.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = clientSourceFor(admin.tenantId);
    resetTenantCacheForTests();
    const invalidated = () => invalidateTalentPools(admin.tenantId);
    invalidated();
    const slow = talentPools(admin.tenantId, async () => {
      await gate;
      return source();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    invalidated();
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await slow;
    // A wrong write would land just after the answer; give it that time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const beforeWorker = calls();
    // Had the slow answer been kept, the other instance would serve it and never ask.
    await eventually(
      async () => (await ask<string[]>({ cmd: "pools", tenantId: admin.tenantId }), calls()),
      (count) => count > beforeWorker,
    );
    expect(calls(), "the other instance asked Recruspace again, once").toBe(beforeWorker + 1);
  });

  it("serves a candidate answer one instance fetched to the other without a call, sealed in the database", async () => {
    const admin = await makeAdmin("Answers");
    await addKey(admin, { label: "Acme", baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const acme = await recruspaceForTenant(admin.tenantId);
    const pool = (await acme.listTalentPools()).items.find((p) => (p.candidate_count ?? 0) > 0)!;
    const candidate = (await acme.listTalentPoolCandidates(pool.id, { page: 1, page_size: 1 })).results[0]!;
    const calls = () => sandbox.requests().byRoute[`GET /api/v1/client/candidates/${candidate.id}/`] ?? 0;
    const before = calls();
    const entriesBefore = await sharedEntriesOf(admin.tenantId);
    expect((await acme.getCandidate(candidate.id)).email).toBe(candidate.email);
    // The entry is written after the answer is served: let it land.
    await eventually(() => sharedEntriesOf(admin.tenantId), (count) => count > entriesBefore);
    expect(await ask({ cmd: "candidate", tenantId: admin.tenantId, id: candidate.id })).toEqual({ email: candidate.email });
    expect(calls(), "the other instance served the shared answer").toBe(before + 1);

    const rows = await db().sharedListEntry.findMany({ where: { tenantId: admin.tenantId } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.value, "no name, email or link readable at rest").not.toContain(candidate.email);

    // A refused link is refreshed with a new call, never with the shared entry that carried it.
    await acme.getFreshCandidate(candidate.id);
    expect(calls()).toBe(before + 2);
  });

  it("uses a key replaced through one instance on the other at once, with its cached answers gone", async () => {
    const admin = await makeAdmin("Keys");
    const first = await addKey(admin, { label: "Acme", baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
    const acme = await recruspaceForTenant(admin.tenantId);
    const pool = (await acme.listTalentPools()).items.find((p) => (p.candidate_count ?? 0) > 0)!;
    const candidate = (await acme.listTalentPoolCandidates(pool.id, { page: 1, page_size: 1 })).results[0]!;
    expect(await ask({ cmd: "candidate", tenantId: admin.tenantId, id: candidate.id })).toEqual({ email: candidate.email });
    const acmePools = await ask<string[]>({ cmd: "pools", tenantId: admin.tenantId });

    await replaceKey(admin, { keyId: first.id, label: "Globex", baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.globex });

    // Globex has no such candidate: the other instance asked with the new key instead of serving Acme's answer.
    expect(await ask({ cmd: "candidate", tenantId: admin.tenantId, id: candidate.id })).toEqual({ error: "not_found" });
    const globexPools = (await (await recruspaceForTenant(admin.tenantId)).listTalentPools()).items.map((p) => p.name);
    const listed = await ask<string[]>({ cmd: "pools", tenantId: admin.tenantId });
    expect(listed).toEqual(globexPools);
    expect(listed).not.toEqual(acmePools);
  });
});
