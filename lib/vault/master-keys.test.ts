import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "../config/env";
import { generateMasterKeyLine, loadMasterKeys, MasterKeyConfigError, parseMasterKeys } from "./master-keys";

const key = () => randomBytes(32).toString("base64");
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vault-mk-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MasterKeyConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a MasterKeyConfigError");
}

describe("parseMasterKeys", () => {
  it("reads several keys and picks the named current one", () => {
    const set = parseMasterKeys(`old:${key()}, new:${key()}`, "new");
    expect(set.currentId).toBe("new");
    expect([...set.keys.keys()]).toEqual(["old", "new"]);
    expect(set.keys.get("old")).toHaveLength(32);
  });

  it("defaults the current id when there is exactly one key", () => {
    expect(parseMasterKeys(`solo:${key()}`, undefined).currentId).toBe("solo");
  });

  it("keeps the listed order, oldest first, and defaults the current id to the newest (last) key", () => {
    const set = parseMasterKeys(`a:${key()},b:${key()},c:${key()}`, undefined);
    expect(set.order).toEqual(["a", "b", "c"]);
    expect(set.currentId).toBe("c");
    // While a new key is rolled in, the current key may be an older one: the keys after it only decrypt.
    expect(parseMasterKeys(`a:${key()},b:${key()},c:${key()}`, "b").currentId).toBe("b");
  });

  it("refuses an order that cannot be right, with a message that says the rule", () => {
    const same = key();
    expect(messageOf(() => parseMasterKeys(`a:${same},b:${same}`, "b"))).toMatch(/same key under the ids "a" and "b"/);
    expect(messageOf(() => parseMasterKeys(`a:${same},b:${same}`, "b"))).not.toContain(same);
    // Ids from keys:generate carry their creation time: newest first is a reversed list.
    const reversed = messageOf(() => parseMasterKeys(`k1767225600:${key()},k1735689600:${key()}`, "k1767225600"));
    expect(reversed).toMatch(/lists "k1767225600" \(made 2026-01-01\) before "k1735689600" \(made 2025-01-01\)/);
    expect(reversed).toMatch(/oldest → newest: append a new key at the end and never reorder/);
    expect(parseMasterKeys(`k1735689600:${key()},manual:${key()},k1767225600:${key()}`, undefined).currentId).toBe("k1767225600");
  });

  it("explains every misconfiguration without echoing key material", () => {
    const short = Buffer.alloc(16, 7).toString("base64");
    expect(messageOf(() => parseMasterKeys(`k1:${short}`, "k1"))).toMatch(/32 bytes.*got 16.*npm run keys:generate/);
    expect(messageOf(() => parseMasterKeys(`k1:${short}`, "k1"))).not.toContain(short);
    expect(messageOf(() => parseMasterKeys("justbase64", undefined))).toMatch(/id:base64key/);
    expect(messageOf(() => parseMasterKeys(`a:${key()}`, "zzz"))).toMatch(/"zzz" is not one of the ids/);
    expect(messageOf(() => parseMasterKeys(`a:${key()},a:${key()}`, "a"))).toMatch(/twice/);
    expect(messageOf(() => parseMasterKeys(" , ", undefined))).toMatch(/empty/);
    expect(messageOf(() => parseMasterKeys("k1:not*base64", "k1"))).toMatch(/32 bytes/);
  });

  it("generates lines it can parse", () => {
    const line = generateMasterKeyLine(new Date("2026-01-01T00:00:00Z"));
    expect(line).toMatch(/^k1767225600:[A-Za-z0-9+/]+=*$/);
    expect(parseMasterKeys(line, undefined).keys.get("k1767225600")).toHaveLength(32);
  });
});

describe("loadMasterKeys", () => {
  it("refuses to start in production without RECRUSPACE_MASTER_KEYS and says how to make one", () => {
    const cwd = tempDir();
    const message = messageOf(() => loadMasterKeys({ env: readEnv({ NODE_ENV: "production" }), cwd }));
    expect(message).toMatch(/refuses to start/);
    expect(message).toMatch(/npm run keys:generate/);
    expect(fs.existsSync(path.join(cwd, ".master-key"))).toBe(false);
  });

  it("does not fall back to the key file in production even when one exists", () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, ".master-key"), generateMasterKeyLine());
    expect(() => loadMasterKeys({ env: readEnv({ NODE_ENV: "production" }), cwd })).toThrow(MasterKeyConfigError);
  });

  it("generates .master-key in development and reuses it on the next start", () => {
    const cwd = tempDir();
    const first = loadMasterKeys({ env: readEnv({ NODE_ENV: "development" }), cwd });
    expect(first.source).toBe("file");
    const file = path.join(cwd, ".master-key");
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const second = loadMasterKeys({ env: readEnv({ NODE_ENV: "development" }), cwd });
    expect(second.currentId).toBe(first.currentId);
    expect(second.keys.get(second.currentId)!.equals(first.keys.get(first.currentId)!)).toBe(true);
  });

  it("lets the demo (RECRUSPACE_DEMO=1) use the key file under NODE_ENV=production", () => {
    const cwd = tempDir();
    const set = loadMasterKeys({ env: readEnv({ NODE_ENV: "production", RECRUSPACE_DEMO: "1" }), cwd });
    expect(set.source).toBe("file");
  });

  it("prefers the environment over the file", () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, ".master-key"), generateMasterKeyLine());
    const set = loadMasterKeys({ env: readEnv({ NODE_ENV: "development", RECRUSPACE_MASTER_KEYS: `envkey:${key()}` }), cwd });
    expect(set).toMatchObject({ source: "env", currentId: "envkey" });
  });

  it("refuses RECRUSPACE_MASTER_KEY_ID without RECRUSPACE_MASTER_KEYS instead of ignoring it", () => {
    const cwd = tempDir();
    const message = messageOf(() => loadMasterKeys({ env: readEnv({ NODE_ENV: "development", RECRUSPACE_MASTER_KEY_ID: "k2" }), cwd }));
    expect(message).toMatch(/RECRUSPACE_MASTER_KEY_ID is set \("k2"\) but RECRUSPACE_MASTER_KEYS is not/);
    expect(fs.existsSync(path.join(cwd, ".master-key"))).toBe(false);
  });

  it("names a corrupt key file and how to recover", () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, ".master-key"), "garbage");
    expect(messageOf(() => loadMasterKeys({ env: readEnv({ NODE_ENV: "development" }), cwd }))).toMatch(/\.master-key is not a valid.*Delete it/);
  });
});
