import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv, type ServerEnv } from "../config/env";

/**
 * Master keys: the AES-256 keys that encrypt every stored Recruspace API key. They come from
 * RECRUSPACE_MASTER_KEYS ("id:base64(32 bytes),..."), listed **oldest → newest**: that order is the
 * one direction a stored key ever moves in (lib/vault/keyring.ts), so every instance must list the keys
 * in the same order, appending a new key at the end and never reordering. RECRUSPACE_MASTER_KEY_ID
 * names the key that encrypts new data: the newest by default; an older one while a new key is rolled
 * in (the keys after it are then only used to decrypt). A key stays listed until `npm run keys:status`
 * calls it removable.
 */

export type MasterKeySet = {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
  /** Every key id, oldest first (the order of RECRUSPACE_MASTER_KEYS). */
  order: readonly string[];
  /** Where the keys came from, for the startup log line (never the key itself). */
  source: "env" | "file";
};

export const HOW_TO_MAKE_A_KEY =
  "Run `npm run keys:generate` and set the printed line as RECRUSPACE_MASTER_KEYS (and its id as RECRUSPACE_MASTER_KEY_ID).";

const KEY_ORDER_RULE =
  "RECRUSPACE_MASTER_KEYS lists the keys oldest → newest: append a new key at the end and never reorder the list (every instance must use the same order).";

/** Ids made by `npm run keys:generate` carry their creation time: "k" + Unix seconds. */
const GENERATED_ID = /^k(\d{10})$/;

/** The master key configuration is missing or wrong. The message is safe to print: it never holds key bytes. */
export class MasterKeyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MasterKeyConfigError";
  }
}

const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A fresh master key line, e.g. "k1767000000:<base64 of 32 random bytes>". */
export function generateMasterKeyLine(now: Date = new Date()): string {
  return `k${Math.floor(now.getTime() / 1000)}:${randomBytes(32).toString("base64")}`;
}

export function parseMasterKeys(spec: string, currentId: string | undefined, source: MasterKeySet["source"] = "env"): MasterKeySet {
  const keys = new Map<string, Buffer>();
  const entries = spec
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new MasterKeyConfigError(`RECRUSPACE_MASTER_KEYS is empty. ${HOW_TO_MAKE_A_KEY}`);
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(":");
    const id = colon > 0 ? entry.slice(0, colon) : "";
    const encoded = colon > 0 ? entry.slice(colon + 1) : "";
    if (!KEY_ID.test(id)) {
      throw new MasterKeyConfigError(
        `RECRUSPACE_MASTER_KEYS entry #${index + 1} must look like "id:base64key" (id of letters, digits, - or _). ${HOW_TO_MAKE_A_KEY}`,
      );
    }
    const bytes = BASE64.test(encoded) ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
    if (bytes.length !== 32) {
      throw new MasterKeyConfigError(
        `RECRUSPACE_MASTER_KEYS key "${id}" must be 32 bytes encoded as base64 (got ${bytes.length} bytes). ${HOW_TO_MAKE_A_KEY}`,
      );
    }
    if (keys.has(id)) throw new MasterKeyConfigError(`RECRUSPACE_MASTER_KEYS lists the key id "${id}" twice.`);
    keys.set(id, bytes);
  }
  const order = [...keys.keys()];
  checkConsistentOrder(order, keys);
  const chosen = currentId ?? order[order.length - 1]!;
  if (!keys.has(chosen)) {
    throw new MasterKeyConfigError(`RECRUSPACE_MASTER_KEY_ID "${chosen}" is not one of the ids in RECRUSPACE_MASTER_KEYS.`);
  }
  return { currentId: chosen, keys, order, source };
}

/**
 * Refuses a list whose order cannot be the order the keys were made in: the same key bytes under two ids
 * (a stored key would "move forward" to the key it is already on), or ids from `npm run keys:generate`
 * listed against their creation times (most likely a list written newest first).
 */
function checkConsistentOrder(order: string[], keys: ReadonlyMap<string, Buffer>): void {
  for (const [index, id] of order.entries()) {
    const twin = order.slice(0, index).find((earlier) => keys.get(earlier)!.equals(keys.get(id)!));
    if (twin) {
      throw new MasterKeyConfigError(
        `RECRUSPACE_MASTER_KEYS holds the same key under the ids "${twin}" and "${id}". Every id needs its own key: ${HOW_TO_MAKE_A_KEY}`,
      );
    }
  }
  const generated = order.filter((id) => GENERATED_ID.test(id));
  for (let i = 1; i < generated.length; i++) {
    const [earlier, later] = [generated[i - 1]!, generated[i]!];
    if (createdAt(earlier) > createdAt(later)) {
      throw new MasterKeyConfigError(
        `RECRUSPACE_MASTER_KEYS lists "${earlier}" (made ${isoDate(earlier)}) before "${later}" (made ${isoDate(later)}). ${KEY_ORDER_RULE}`,
      );
    }
  }
}

const createdAt = (id: string) => Number(GENERATED_ID.exec(id)![1]);
const isoDate = (id: string) => new Date(createdAt(id) * 1000).toISOString().slice(0, 10);

/** Dev and demo runs may keep a generated key in this git-ignored file instead of the environment. */
export function masterKeyFilePath(cwd: string = process.cwd()): string {
  return path.join(cwd, ".master-key");
}

export function mayUseKeyFile(env: ServerEnv): boolean {
  return env.NODE_ENV !== "production" || env.RECRUSPACE_DEMO;
}

/**
 * The master keys for this process. Production refuses to run without RECRUSPACE_MASTER_KEYS; dev and
 * demo runs fall back to `.master-key`, creating it on first start.
 */
export function loadMasterKeys(options: { env?: ServerEnv; cwd?: string } = {}): MasterKeySet {
  const env = options.env ?? readEnv();
  if (env.RECRUSPACE_MASTER_KEYS) return parseMasterKeys(env.RECRUSPACE_MASTER_KEYS, env.RECRUSPACE_MASTER_KEY_ID, "env");
  if (env.RECRUSPACE_MASTER_KEY_ID) {
    throw new MasterKeyConfigError(
      `RECRUSPACE_MASTER_KEY_ID is set ("${env.RECRUSPACE_MASTER_KEY_ID}") but RECRUSPACE_MASTER_KEYS is not: set both, or neither. ${HOW_TO_MAKE_A_KEY}`,
    );
  }
  if (!mayUseKeyFile(env)) {
    throw new MasterKeyConfigError(`RECRUSPACE_MASTER_KEYS is not set; the server refuses to start without a master key. ${HOW_TO_MAKE_A_KEY}`);
  }
  const file = masterKeyFilePath(options.cwd);
  const line = readOrCreateKeyFile(file);
  try {
    return parseMasterKeys(line, undefined, "file");
  } catch (error) {
    if (error instanceof MasterKeyConfigError) {
      throw new MasterKeyConfigError(`${file} is not a valid master key file (${error.message}) Delete it to generate a new one.`);
    }
    throw error;
  }
}

function readOrCreateKeyFile(file: string): string {
  try {
    // "wx" fails when the file exists, so two processes starting together agree on one key.
    fs.writeFileSync(file, `${generateMasterKeyLine()}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}
