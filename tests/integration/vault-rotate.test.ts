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

/**
 * `npm run keys:rotate` runs as a real child process against its own temporary SQLite database, so
 * the test sees exactly what an operator would: exit code, output and the rows afterwards.
 */
const run = promisify(execFile);
const K1 = randomBytes(32).toString("base64");
const K2 = randomBytes(32).toString("base64");
const BOTH = `k1:${K1},k2:${K2}`;
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

async function rotate(env: Record<string, string>) {
  return run("npx", ["tsx", "scripts/keys-rotate.ts"], {
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
