import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { Keyring } from "@/lib/vault/keyring";
import { parseMasterKeys } from "@/lib/vault/master-keys";
import { insertApiKey } from "@/lib/vault/api-keys";
import { getActiveKeyForUse } from "@/lib/vault/use";

/**
 * `npm run keys:rotate` and `npm run keys:status` run as real child processes against their own
 * temporary SQLite database, so the test sees exactly what an operator would: exit code, output and
 * the rows afterwards.
 */
const run = promisify(execFile);
const K1 = randomBytes(32).toString("base64");
const K2 = randomBytes(32).toString("base64");
const K3 = randomBytes(32).toString("base64");
const BOTH = `k1:${K1},k2:${K2}`;
const ALL_THREE = `k1:${K1},k2:${K2},k3:${K3}`;
const savedEnv = { ...process.env };
const RAW_KEYS = ["rs_rotate_aaaa1111", "rs_rotate_bbbb2222", "rs_rotate_cccc3333"];

let dir: string;
let url: string;
let database: Db;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vault-rotate-"));
  url = `file:${path.join(dir, "rotate.db")}`;
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
  database = createPrismaClient(url);
}, 60_000);
afterAll(async () => {
  process.env = savedEnv;
  await database?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Three tenants with one key each (one of them revoked), all sealed with k1. */
async function seedUnderK1() {
  await database.auditEvent.deleteMany();
  await database.apiKey.deleteMany();
  await database.tenant.deleteMany();
  const k1Only = new Keyring(parseMasterKeys(BOTH, "k1"));
  const ids: string[] = [];
  for (const [index, apiKey] of RAW_KEYS.entries()) {
    const tenant = await database.tenant.create({ data: { name: `Rotate ${index}` } });
    const row = await database.$transaction((tx) =>
      insertApiKey(tx, { tenantId: tenant.id, label: `Key ${index}`, baseUrl: "https://api.recruspace.com", apiKey, createdById: "seed" }, k1Only),
    );
    ids.push(row.id);
  }
  await database.apiKey.update({ where: { id: ids[2] }, data: { status: "revoked", revokedAt: new Date() } });
  return ids;
}

/** Re-seals one stored row under `keyId` (as an instance whose current key it is would have). */
async function moveRow(id: string, keyId: "k1" | "k2" | "k3") {
  const row = await database.apiKey.findUniqueOrThrow({ where: { id } });
  const binding = { tenantId: row.tenantId, recordId: row.id };
  const plain = new Keyring(parseMasterKeys(ALL_THREE, "k1")).decrypt(row, binding);
  await database.apiKey.update({ where: { id }, data: new Keyring(parseMasterKeys(ALL_THREE, keyId)).encrypt(plain, binding) });
}

const rotate = (env: Record<string, string>) => cli("scripts/keys-rotate.ts", [], env);
const status = (env: Record<string, string>, args: string[] = []) => cli("scripts/keys-status.ts", args, env);

async function cli(script: string, args: string[], env: Record<string, string>) {
  return run("npx", ["tsx", script, ...args], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, RECRUSPACE_MASTER_KEYS: BOTH, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("npm run keys:rotate", () => {
  it("re-encrypts every stored key (active and revoked) to the current master key", async () => {
    const ids = await seedUnderK1();
    const result = await rotate({ RECRUSPACE_MASTER_KEY_ID: "k2" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Re-encrypted 3 stored key\(s\) to master key "k2"/);
    expect(result.stdout).toMatch(/npm run keys:status/);

    const rows = await database.apiKey.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => r.masterKeyId)).toEqual(["k2", "k2", "k2"]);
    const k2Only = new Keyring(parseMasterKeys(`k2:${K2}`, "k2"));
    for (const row of rows) {
      const plain = k2Only.decrypt(row, { tenantId: row.tenantId, recordId: row.id });
      expect(RAW_KEYS).toContain(plain);
    }
    expect(await database.auditEvent.count({ where: { action: "api_key.reencrypted" } })).toBe(3);
    for (const key of RAW_KEYS) expect(result.stdout + result.stderr).not.toContain(key);
  });

  it("changes nothing and exits non-zero when any row cannot be decrypted", async () => {
    const ids = await seedUnderK1();
    // Corrupt the middle row's ciphertext: it can no longer be authenticated.
    const victim = await database.apiKey.findUniqueOrThrow({ where: { id: ids[1] } });
    const bytes = Buffer.from(victim.ciphertext, "base64");
    bytes[0] = bytes[0]! ^ 0xff;
    await database.apiKey.update({ where: { id: victim.id }, data: { ciphertext: bytes.toString("base64") } });
    const before = await database.apiKey.findMany({ orderBy: { id: "asc" } });

    const result = await rotate({ RECRUSPACE_MASTER_KEY_ID: "k2" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/nothing was changed/);
    expect(result.stderr).toContain(victim.id);
    for (const key of RAW_KEYS) expect(result.stdout + result.stderr).not.toContain(key);
    expect(result.stderr).not.toContain(K1);

    expect(await database.apiKey.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await database.auditEvent.count({ where: { action: "api_key.reencrypted" } })).toBe(0);
  });

  it("refuses to run without master keys and says how to make one", async () => {
    await seedUnderK1();
    const result = await rotate({ RECRUSPACE_MASTER_KEYS: "", RECRUSPACE_MASTER_KEY_ID: "" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/npm run keys:generate/);
    expect((await database.apiKey.findMany()).every((row) => row.masterKeyId === "k1")).toBe(true);
  });
});

describe("rows only move forward (RECRUSPACE_MASTER_KEYS is ordered oldest → newest)", () => {
  it("keys:rotate leaves a row already on a newer master key where it is", async () => {
    const ids = await seedUnderK1();
    // An instance further along already encrypts with k3 and moved the first row there.
    await moveRow(ids[0]!, "k3");
    const result = await rotate({ RECRUSPACE_MASTER_KEYS: ALL_THREE, RECRUSPACE_MASTER_KEY_ID: "k2" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Re-encrypted 2 stored key\(s\) to master key "k2" \(2 were on an older master key\)/);
    expect(result.stdout).toMatch(/Left 1 stored key\(s\) on master key "k3", which is newer than "k2"/);
    const rows = await database.apiKey.findMany({ where: { id: { in: ids } } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.masterKeyId]))).toEqual({ [ids[0]!]: "k3", [ids[1]!]: "k2", [ids[2]!]: "k2" });
  });

  it("after keys:rotate, an instance still on the old current key neither moves rows back nor lets keys:status call that key removable once it seals a new one", async () => {
    const ids = await seedUnderK1();
    expect((await rotate({ RECRUSPACE_MASTER_KEY_ID: "k2" })).code).toBe(0);
    expect((await status({ RECRUSPACE_MASTER_KEY_ID: "k2" }, ["--removable", "k1"])).code).toBe(0);

    // The lagging instance: same list, RECRUSPACE_MASTER_KEY_ID still k1 (not restarted yet).
    process.env.RECRUSPACE_MASTER_KEYS = BOTH;
    process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
    for (const id of ids.slice(0, 2)) {
      const row = await database.apiKey.findUniqueOrThrow({ where: { id } });
      expect(RAW_KEYS).toContain((await getActiveKeyForUse(row.tenantId, database)).apiKey);
    }
    expect((await database.apiKey.findMany({ where: { id: { in: ids } } })).map((row) => row.masterKeyId)).toEqual(["k2", "k2", "k2"]);

    // …but a key an admin adds through it is sealed with k1, so k1 is in use again.
    const tenant = await database.tenant.create({ data: { name: "Added on the lagging instance" } });
    await database.$transaction((tx) =>
      insertApiKey(tx, { tenantId: tenant.id, label: "Late", baseUrl: "https://api.recruspace.com", apiKey: "rs_rotate_dddd4444", createdById: "seed" }, new Keyring(parseMasterKeys(BOTH, "k1"))),
    );
    const refused = await status({ RECRUSPACE_MASTER_KEY_ID: "k2" }, ["--removable", "k1"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/"k1": NOT removable: 1 stored key \(1 active, 0 revoked\) still use it; run `npm run keys:rotate` first/);
  });

  it("keys:status shows the stored keys per master key id and which master keys may be removed", async () => {
    const ids = await seedUnderK1();
    await moveRow(ids[0]!, "k3");
    // A row on a master key this configuration no longer lists.
    await database.apiKey.update({ where: { id: ids[1]! }, data: { masterKeyId: "k0" } });
    const K_SPARE = randomBytes(32).toString("base64");
    const result = await status({ RECRUSPACE_MASTER_KEYS: `spare:${K_SPARE},${ALL_THREE}`, RECRUSPACE_MASTER_KEY_ID: "k2" });
    const lines = result.stdout.split("\n");
    const line = (id: string) => lines.find((l) => l.trimStart().startsWith(`${id} `)) ?? "";
    expect(lines[0]).toBe('Master keys, oldest → newest as RECRUSPACE_MASTER_KEYS lists them; current "k2":');
    expect(line("spare")).toMatch(/older\s+0 stored\s+removable: no stored key uses it/);
    expect(line("k1")).toMatch(/older\s+1 stored\s+NOT removable: 1 stored key \(0 active, 1 revoked\) still use it/);
    expect(line("k2")).toMatch(/current\s+0 stored\s+NOT removable: the current key/);
    expect(line("k3")).toMatch(/newer\s+1 stored\s+NOT removable: listed after the current key, and 1 stored key \(1 active, 0 revoked\) already use it/);
    expect(line("k0")).toMatch(/unknown\s+1 stored\s+NOT CONFIGURED here: 1 stored key \(1 active, 0 revoked\) use it/);
    // Stored keys this configuration cannot decrypt: a deploy script must notice.
    expect(result.code).toBe(1);
    for (const secret of [K1, K2, K3, K_SPARE, ...RAW_KEYS]) expect(result.stdout + result.stderr).not.toContain(secret);

    for (const [id, code] of [["spare", 0], ["k1", 1], ["k2", 1], ["k3", 1], ["k0", 1], ["nope", 1]] as const) {
      const answer = await status({ RECRUSPACE_MASTER_KEYS: `spare:${K_SPARE},${ALL_THREE}`, RECRUSPACE_MASTER_KEY_ID: "k2" }, ["--removable", id]);
      expect(answer.code, id).toBe(code);
    }
  }, 60_000);
});
