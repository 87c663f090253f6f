import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/url";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { addKey, replaceKey, revokeKey, verifyKey } from "@/lib/vault/admin";
import { findActiveKey, listKeys, storeApiKey } from "@/lib/vault/api-keys";
import { DecryptError, NoActiveKeyError } from "@/lib/vault/errors";
import { getActiveKeyForUse } from "@/lib/vault/use";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { startSandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";

const K1 = randomBytes(32).toString("base64");
const K2 = randomBytes(32).toString("base64");
// Nothing listens on port 9 on loopback: verification must fail as "network" without storing anything.
const DEAD_URL = "http://127.0.0.1:9";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const savedEnv = { ...process.env };

function useMasterKey(current: "k1" | "k2") {
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${K1},k2:${K2}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = current;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = `${sandbox.url},${DEAD_URL}`;
  process.env.RECRUSPACE_TIMEOUT_MS = "3000";
});
afterAll(async () => {
  process.env = savedEnv;
  await sandbox?.close();
});
beforeEach(() => useMasterKey("k2"));

async function newTenant() {
  const suffix = randomUUID().slice(0, 8);
  const tenant = await db().tenant.create({ data: { name: `Vault ${suffix}` } });
  const admin = await db().user.create({ data: { email: `admin-${suffix}@vault.test`, name: `Ada ${suffix}`, passwordHash: "unused" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: admin.id, role: "admin" } });
  const ip = "203.0.113.7";
  // The scope the admin flows take (an Actor), plus the names the assertions below read.
  return { tenantId: tenant.id, userId: admin.id, userEmail: admin.email, ip, actor: { userId: admin.id, email: admin.email, ip }, adminName: admin.name };
}

async function newSandboxKey(): Promise<string> {
  const response = await fetch(`${sandbox.url}/__sandbox/keys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ company: "acme" }),
  });
  expect(response.status).toBeLessThan(300);
  return ((await response.json()) as { key: string }).key;
}

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

async function auditsFor(tenantId: string) {
  return db().auditEvent.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } });
}

/** Every byte SQLite holds for the database (main file and write-ahead log). */
function databaseBytes(): Buffer {
  const file = sqliteFilePath(resolveDatabaseUrl());
  return Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}

describe("adding a key", () => {
  it("verifies it with Recruspace and stores only ciphertext", async () => {
    const scope = await newTenant();
    const rawKey = await newSandboxKey();
    const result = await addKey(scope, { label: "Production", baseUrl: `${sandbox.url}/`, apiKey: rawKey });
    expect(result.last4).toBe(rawKey.slice(-4));

    const row = await db().apiKey.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ tenantId: scope.tenantId, status: "active", masterKeyId: "k2", baseUrl: sandbox.url, last4: rawKey.slice(-4) });
    expect(row.lastVerifiedAt).toBeInstanceOf(Date);
    for (const value of Object.values(row)) expect(String(value)).not.toContain(rawKey);

    if (databaseKind(resolveDatabaseUrl()) === "sqlite") {
      const bytes = databaseBytes();
      expect(bytes.includes(Buffer.from(row.ciphertext, "base64"))).toBe(false); // stored as base64 text, not raw
      expect(bytes.includes(Buffer.from(row.ciphertext))).toBe(true); // proves we read the right file
      expect(bytes.includes(Buffer.from(rawKey))).toBe(false);
    }

    const audits = await auditsFor(scope.tenantId);
    const added = audits.find((a) => a.action === "api_key.added");
    expect(added).toMatchObject({ actorUserId: scope.actor.userId, actorEmail: scope.actor.email, targetId: result.id, ip: "203.0.113.7" });
    expect(JSON.parse(added!.metadata!)).toMatchObject({ last4: rawKey.slice(-4) });
    for (const audit of audits) expect(JSON.stringify(audit)).not.toContain(rawKey);
  });

  it("refuses a key Recruspace rejects and stores nothing", async () => {
    const scope = await newTenant();
    const badKey = `rs_bad_${randomUUID()}`;
    const error = await refusal(addKey(scope, { label: "Typo", baseUrl: sandbox.url, apiKey: badKey }));
    expect(error.code).toBe("upstream_unauthorized");
    expect(error.message).toMatch(/Recruspace rejected this key/);
    expect(error.message).not.toContain(badKey);
    expect(error.fieldErrors?.apiKey?.[0]).toMatch(/rejected/);
    expect(await db().apiKey.count({ where: { tenantId: scope.tenantId } })).toBe(0);
    const failed = (await auditsFor(scope.tenantId)).filter((a) => a.action === "api_key.verify_failed");
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]!.metadata!)).toEqual({ last4: badKey.slice(-4), reason: "unauthorized", stage: "new_key" });
  });

  it("refuses when Recruspace cannot be reached and stores nothing", async () => {
    const scope = await newTenant();
    const error = await refusal(addKey(scope, { label: "Offline", baseUrl: DEAD_URL, apiKey: SANDBOX_KEYS.globex }));
    expect(error.code).toBe("network");
    expect(error.message).toMatch(/Could not reach Recruspace.*Nothing was saved/);
    expect(await db().apiKey.count({ where: { tenantId: scope.tenantId } })).toBe(0);
  });

  it("refuses a base URL outside the allowlist before sending anything", async () => {
    const scope = await newTenant();
    const before = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { total: number };
    const error = await refusal(addKey(scope, { label: "Evil", baseUrl: "https://attacker.example", apiKey: SANDBOX_KEYS.acme }));
    expect(error.code).toBe("validation");
    expect(error.fieldErrors?.baseUrl?.[0]).toMatch(/allowed base URLs/);
    const after = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { total: number };
    expect(after.total).toBe(before.total);
    expect(await db().apiKey.count({ where: { tenantId: scope.tenantId } })).toBe(0);
  });

  it("allows one active key per tenant: a second add is refused", async () => {
    const scope = await newTenant();
    await addKey(scope, { label: "First", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const error = await refusal(addKey(scope, { label: "Second", baseUrl: sandbox.url, apiKey: await newSandboxKey() }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/Replace/);
    expect(await db().apiKey.count({ where: { tenantId: scope.tenantId } })).toBe(1);
    await expect(storeApiKey(db(), { tenantId: scope.tenantId, label: "Seed", baseUrl: sandbox.url, apiKey: "rs_x_12345678", createdById: scope.actor.userId })).rejects.toThrow(/already has an active/);
  });
});

describe("replacing and revoking", () => {
  it("replaces the active key in one step and keeps the old one revoked in history", async () => {
    const scope = await newTenant();
    const first = await addKey(scope, { label: "Old", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const newKey = await newSandboxKey();
    const second = await replaceKey(scope, { keyId: first.id, label: "New", baseUrl: sandbox.url, apiKey: newKey });

    const rows = await db().apiKey.findMany({ where: { tenantId: scope.tenantId } });
    expect(rows.filter((r) => r.status === "active").map((r) => r.id)).toEqual([second.id]);
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ status: "revoked", revokedById: scope.actor.userId });

    const listed = await listKeys(db(), scope.tenantId);
    expect(listed.map((k) => [k.id, k.status, k.masked])).toEqual([
      [second.id, "active", `••••${newKey.slice(-4)}`],
      [first.id, "revoked", `••••${first.last4}`],
    ]);
    expect(listed[1]).toMatchObject({ createdByName: scope.adminName, revokedByName: scope.adminName });
    expect(JSON.stringify(listed)).not.toContain(newKey);
    expect((await getActiveKeyForUse(scope.tenantId)).apiKey).toBe(newKey);
    const replaced = (await auditsFor(scope.tenantId)).find((a) => a.action === "api_key.replaced");
    expect(JSON.parse(replaced!.metadata!)).toMatchObject({ replacedKeyId: first.id, last4: newKey.slice(-4) });
  });

  it("leaves everything unchanged when the new key is rejected", async () => {
    const scope = await newTenant();
    const first = await addKey(scope, { label: "Old", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const error = await refusal(replaceKey(scope, { keyId: first.id, label: "Bad", baseUrl: sandbox.url, apiKey: `rs_bad_${randomUUID()}` }));
    expect(error.code).toBe("upstream_unauthorized");
    const rows = await db().apiKey.findMany({ where: { tenantId: scope.tenantId } });
    expect(rows.map((r) => [r.id, r.status])).toEqual([[first.id, "active"]]);
  });

  it("refuses to replace a key that is not the tenant's active key", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const keyOfA = await addKey(a, { label: "A", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    await addKey(b, { label: "B", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const error = await refusal(replaceKey(b, { keyId: keyOfA.id, label: "steal", baseUrl: sandbox.url, apiKey: await newSandboxKey() }));
    expect(error.code).toBe("not_found");
    expect(await refusal(revokeKey(b, keyOfA.id))).toMatchObject({ code: "not_found" });
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: keyOfA.id } })).status).toBe("active");
  });

  it("revokes: the tenant then has no key for use, and a new one can be added", async () => {
    const scope = await newTenant();
    const first = await addKey(scope, { label: "Only", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    await revokeKey(scope, first.id);
    await expect(getActiveKeyForUse(scope.tenantId)).rejects.toBeInstanceOf(NoActiveKeyError);
    await expect(recruspaceForTenant(scope.tenantId)).rejects.toBeInstanceOf(NoActiveKeyError);
    expect(await refusal(revokeKey(scope, first.id))).toMatchObject({ code: "not_found" });
    await addKey(scope, { label: "Next", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    expect(await db().apiKey.count({ where: { tenantId: scope.tenantId, status: "active" } })).toBe(1);
    const actions = (await auditsFor(scope.tenantId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["api_key.added", "api_key.revoked"]));
  });
});

describe("using a stored key", () => {
  it("reads the active key row as Prisma reads it (one SQL statement): the newest active, never a revoked one", async () => {
    const scope = await newTenant();
    const other = await newTenant();
    expect(await findActiveKey(db(), scope.tenantId)).toBeNull();
    const first = await addKey(scope, { label: "Old", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    await addKey(other, { label: "Other", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const second = await replaceKey(scope, { keyId: first.id, label: "New", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    await db().apiKey.update({ where: { id: second.id }, data: { lastUsedAt: new Date(), lastVerifiedAt: new Date() } });

    const expected = await db().apiKey.findUniqueOrThrow({ where: { id: second.id } });
    expect(await findActiveKey(db(), scope.tenantId)).toStrictEqual(expected);
    expect(await db().$transaction((tx) => findActiveKey(tx, scope.tenantId))).toStrictEqual(expected);
    await revokeKey(scope, second.id);
    expect(await findActiveKey(db(), scope.tenantId)).toBeNull();
    expect((await findActiveKey(db(), other.tenantId))?.tenantId).toBe(other.tenantId);
  });

  it("gives the tenant a working client bound to its key", async () => {
    const scope = await newTenant();
    await addKey(scope, { label: "Use", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const client = await recruspaceForTenant(scope.tenantId);
    const users = await client.listCompanyUsers();
    expect(Array.isArray(users.items)).toBe(true);
  });

  it("re-encrypts a key sealed with an older master key on use", async () => {
    const scope = await newTenant();
    useMasterKey("k1");
    const rawKey = await newSandboxKey();
    const stored = await storeApiKey(db(), { tenantId: scope.tenantId, label: "Old master", baseUrl: sandbox.url, apiKey: rawKey, createdById: scope.actor.userId });
    const before = await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } });
    expect(before.masterKeyId).toBe("k1");

    useMasterKey("k2");
    const now = new Date();
    expect((await getActiveKeyForUse(scope.tenantId, db(), now)).apiKey).toBe(rawKey);
    const after = await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.masterKeyId).toBe("k2");
    expect(after.nonce).not.toBe(before.nonce);
    expect(after.ciphertext).not.toBe(before.ciphertext);
    expect(after.lastUsedAt?.getTime()).toBe(now.getTime());
    expect((await auditsFor(scope.tenantId)).map((a) => a.action)).toContain("api_key.reencrypted");

    // k1 can now be dropped from the configuration.
    process.env.RECRUSPACE_MASTER_KEYS = `k2:${K2}`;
    expect((await getActiveKeyForUse(scope.tenantId, db(), new Date(now.getTime() + 1000))).apiKey).toBe(rawKey);
  });

  it("two app instances with different current master key ids never move a row backwards", async () => {
    // A rolling change of RECRUSPACE_MASTER_KEY_ID: both instances list k1, k2 (oldest → newest); "ahead"
    // already encrypts with k2, "behind" still with k1. Switching the environment switches the instance.
    const ahead = () => useMasterKey("k2");
    const behind = () => useMasterKey("k1");
    const scope = await newTenant();
    behind();
    const rawKey = await newSandboxKey();
    const stored = await storeApiKey(db(), { tenantId: scope.tenantId, label: "Rolling", baseUrl: sandbox.url, apiKey: rawKey, createdById: scope.actor.userId });
    const keyIdOfRow = async () => (await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } })).masterKeyId;
    expect(await keyIdOfRow()).toBe("k1");

    const seen: string[] = [];
    let clock = Date.now();
    for (const instance of [behind, ahead, behind, behind, ahead, behind, ahead]) {
      instance();
      expect((await getActiveKeyForUse(scope.tenantId, db(), new Date((clock += 61_000)))).apiKey).toBe(rawKey);
      seen.push(await keyIdOfRow());
    }
    // Moved forward once, by the first read of the instance ahead, and never back.
    expect(seen).toEqual(["k1", "k2", "k2", "k2", "k2", "k2", "k2"]);
    const moves = (await auditsFor(scope.tenantId)).filter((a) => a.action === "api_key.reencrypted");
    expect(moves.map((a) => JSON.parse(a.metadata!))).toEqual([expect.objectContaining({ fromMasterKeyId: "k1", toMasterKeyId: "k2" })]);
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const scope = await newTenant();
    await addKey(scope, { label: "Busy", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const t0 = new Date(Date.now() + 5_000);
    await getActiveKeyForUse(scope.tenantId, db(), t0);
    await getActiveKeyForUse(scope.tenantId, db(), new Date(t0.getTime() + 30_000));
    const row = () => db().apiKey.findFirstOrThrow({ where: { tenantId: scope.tenantId } });
    expect((await row()).lastUsedAt?.getTime()).toBe(t0.getTime());
    await getActiveKeyForUse(scope.tenantId, db(), new Date(t0.getTime() + 61_000));
    expect((await row()).lastUsedAt?.getTime()).toBe(t0.getTime() + 61_000);
  });

  it("fails closed and audits when the stored ciphertext was tampered with or moved", async () => {
    const victim = await newTenant();
    const thief = await newTenant();
    const stored = await addKey(victim, { label: "Victim", baseUrl: sandbox.url, apiKey: await newSandboxKey() });
    const row = await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } });
    // Copy the victim's sealed key into a row of another tenant (what a DB-level attacker might try).
    const { id: _id, tenantId: _tenant, ...sealedRow } = row;
    await db().apiKey.create({ data: { ...sealedRow, id: randomUUID(), tenantId: thief.tenantId, createdById: thief.actor.userId } });
    await expect(getActiveKeyForUse(thief.tenantId)).rejects.toBeInstanceOf(DecryptError);
    const audit = (await auditsFor(thief.tenantId)).find((a) => a.action === "api_key.decrypt_failed");
    expect(JSON.parse(audit!.metadata!)).toMatchObject({ last4: row.last4 });
  });

  it("re-verifies the stored key and reports a key revoked in Recruspace", async () => {
    const scope = await newTenant();
    const rawKey = await newSandboxKey();
    const stored = await addKey(scope, { label: "Verify", baseUrl: sandbox.url, apiKey: rawKey });
    await db().apiKey.update({ where: { id: stored.id }, data: { lastVerifiedAt: new Date(0) } });
    const { verifiedAt } = await verifyKey(scope, stored.id);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } })).lastVerifiedAt?.toISOString()).toBe(verifiedAt);

    await fetch(`${sandbox.url}/__sandbox/keys/revoke`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ key: rawKey }) });
    const error = await refusal(verifyKey(scope, stored.id));
    expect(error.code).toBe("upstream_unauthorized");
    expect(error.message).toMatch(/left unchanged/);
    const actions = (await auditsFor(scope.tenantId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["api_key.verified", "api_key.verify_failed"]));
  });
});
