import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import { db, type Db } from "@/lib/db";
import { currentKeyring } from "@/lib/vault/current-keyring";
import type { KeyBinding, Sealed } from "@/lib/vault/keyring";
import type { ListPatch } from "./store";

/**
 * The upstream answers shared by every instance on PostgreSQL (the lists, a candidate's answer, a Search by
 * Email), so an answer one instance fetched is served by the others without a call of the key's budget (rows
 * of `SharedListEntry`, sealed with the vault's keyring). Each process still keeps its own copy in memory
 * (lib/list-cache/store.ts); this is asked only when that copy is missing.
 *
 * An entry is served only while it has not expired and was written under the tenant's current version
 * (`SharedListVersion`), which every invalidation of the tenant's lists moves on in the same transaction that
 * tells the other instances (lib/list-cache/broadcast.ts). A load that started before a change therefore
 * cannot leave its older answer behind: its write names the version it read, and is refused or never
 * served. The version is per tenant, not per list: any change drops all of a tenant's shared lists.
 *
 * Sharing is off (each instance alone, as on SQLite) unless the broadcast runs; a failed read or write
 * only costs the call it would have saved. An expired entry is never served, and each sharing instance
 * deletes expired entries every few minutes (no list write pays for it).
 */
export type SharedAnswer<T> = { value: T; expiresAt: number };

/** A list answer bigger than this is kept in memory only (a pool page of 100 people is far below it). */
const MAX_SHARED_BYTES = 1_000_000;

/** How often a sharing instance deletes expired entries (purgeExpiredSharedLists). */
const PURGE_EVERY_MS = 5 * 60 * 1000;

type Sharing = { pool: pg.Pool; pendingInvalidations: Map<string, Promise<void>>; unsharedUntil: Map<string, number>; purging: ReturnType<typeof setInterval> };
const holder = globalThis as unknown as { __recruspaceSharedLists?: Sharing };

/** Called by the broadcast when it starts (with its pool) and stops (null). */
export function shareListsThrough(pool: pg.Pool | null): void {
  const previous = holder.__recruspaceSharedLists;
  if (previous) clearInterval(previous.purging);
  if (!pool) {
    holder.__recruspaceSharedLists = undefined;
    return;
  }
  const purging = setInterval(() => void purgeExpiredSharedLists(db()).catch((error: unknown) => warn("purge", error)), PURGE_EVERY_MS);
  purging.unref?.();
  holder.__recruspaceSharedLists = { pool, pendingInvalidations: new Map(), unsharedUntil: new Map(), purging };
}

/**
 * The broadcast's invalidation of a tenant's lists, in flight: reads of the tenant's shared entries here wait
 * for it, and if it fails this instance does not read them for a cache lifetime (they may predate the change).
 */
export function invalidationSent(tenantId: string, sent: Promise<boolean>, lifetimeMs: number): void {
  const sharing = holder.__recruspaceSharedLists;
  if (!sharing) return;
  const settled = sent.then(
    (ok) => {
      if (!ok) sharing.unsharedUntil.set(tenantId, Date.now() + lifetimeMs);
    },
    () => {
      sharing.unsharedUntil.set(tenantId, Date.now() + lifetimeMs);
    },
  );
  sharing.pendingInvalidations.set(tenantId, settled);
  void settled.finally(() => {
    if (sharing.pendingInvalidations.get(tenantId) === settled) sharing.pendingInvalidations.delete(tenantId);
  });
}

/**
 * The shared entry if one may be served, else the loader's answer, which is then shared for `lifetimeMs`
 * (a function when the answer itself bounds it, e.g. its file links expire). `fresh`: the entry is not read
 * (the caller must ask Recruspace anew), but the new answer replaces it.
 */
export async function throughSharedList<T>(
  tenantId: string,
  listKey: string,
  load: () => Promise<T>,
  lifetimeMs: number | ((value: T) => number),
  { fresh = false }: { fresh?: boolean } = {},
): Promise<SharedAnswer<T>> {
  const sharing = holder.__recruspaceSharedLists;
  const version = sharing ? await readVersionAndEntry<T>(sharing, tenantId, listKey) : null;
  if (version?.entry && !fresh) return version.entry;
  const value = await load();
  const expiresAt = Date.now() + (typeof lifetimeMs === "function" ? lifetimeMs(value) : lifetimeMs);
  if (sharing && version) void write(sharing, tenantId, listKey, value, version.current, expiresAt);
  return { value, expiresAt };
}

async function readVersionAndEntry<T>(sharing: Sharing, tenantId: string, listKey: string): Promise<{ current: number; entry: SharedAnswer<T> | null } | null> {
  await sharing.pendingInvalidations.get(tenantId);
  if ((sharing.unsharedUntil.get(tenantId) ?? 0) > Date.now()) return null;
  try {
    const { rows } = await sharing.pool.query<{ current: number; value: string | null; expiresAt: string | null }>(
      `SELECT v.current, e."value", e."expiresAt"
         FROM (SELECT COALESCE((SELECT "version" FROM "SharedListVersion" WHERE "tenantId" = $1), 0) AS current) v
         LEFT JOIN "SharedListEntry" e ON e."tenantId" = $1 AND e."listKey" = $2 AND e."version" = v.current`,
      [tenantId, listKey],
    );
    const row = rows[0];
    if (!row) return null;
    const expiresAt = Number(row.expiresAt);
    const json = row.value !== null && expiresAt > Date.now() ? openEntry(tenantId, listKey, row.value) : null;
    return { current: row.current, entry: json === null ? null : { value: JSON.parse(json) as T, expiresAt } };
  } catch (error) {
    warn("read", error);
    return null;
  }
}

async function write(sharing: Sharing, tenantId: string, listKey: string, value: unknown, version: number, expiresAt: number): Promise<void> {
  const json = JSON.stringify(value);
  const sealed = json === undefined || json.length > MAX_SHARED_BYTES || expiresAt <= Date.now() ? null : sealEntry(tenantId, listKey, json);
  if (sealed === null) return;
  try {
    // Written only if no invalidation moved the version on since it was read before the load.
    await sharing.pool.query(
      `INSERT INTO "SharedListEntry" ("tenantId", "listKey", "value", "version", "expiresAt")
         SELECT $1, $2, $3, $4, $5
          WHERE COALESCE((SELECT "version" FROM "SharedListVersion" WHERE "tenantId" = $1), 0) = $4
         ON CONFLICT ("tenantId", "listKey") DO UPDATE SET "value" = EXCLUDED."value", "version" = EXCLUDED."version", "expiresAt" = EXCLUDED."expiresAt"`,
      [tenantId, listKey, sealed, version, expiresAt],
    );
  } catch (error) {
    warn("write", error);
  }
}

/** Moves the tenant's shared lists on to a new version and sends the message, in one statement. */
const INVALIDATE = `
  WITH bumped AS (
    INSERT INTO "SharedListVersion" ("tenantId", "version") VALUES ($3, 1)
    ON CONFLICT ("tenantId") DO UPDATE SET "version" = "SharedListVersion"."version" + 1
    RETURNING "version"
  ), dropped AS (DELETE FROM "SharedListEntry" WHERE "tenantId" = $3)
  SELECT pg_notify($1, $2) FROM bumped`;

const MOVE_VERSION_ON = `
  INSERT INTO "SharedListVersion" ("tenantId", "version") VALUES ($1, 1)
  ON CONFLICT ("tenantId") DO UPDATE SET "version" = "SharedListVersion"."version" + 1
  RETURNING "version"`;

export type Notice = { channel: string; payload: string };

/**
 * An invalidation of a tenant's shared lists, told to the other instances: the tenant's version moves on and
 * its entries go. With a patch, the one entry it names, if it was there under the version before and has not
 * expired, is written again patched under the new version, with the expiry it had: it was the newest answer
 * (every change moves the version on), so patched it is the answer after this change, and no other instance
 * needs a call for it. One transaction, so the message (sent at commit) never comes before the entry.
 */
export async function invalidateShared(pool: pg.Pool, tenantId: string, notice: Notice, patch?: ListPatch): Promise<void> {
  if (!patch) {
    await pool.query(INVALIDATE, [notice.channel, notice.payload, tenantId]);
    return;
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ version: number }>(MOVE_VERSION_ON, [tenantId]);
    const version = rows[0]!.version;
    const before = await client.query<{ value: string; expiresAt: string }>(
      `SELECT "value", "expiresAt" FROM "SharedListEntry" WHERE "tenantId" = $1 AND "listKey" = $2 AND "version" = $3`,
      [tenantId, patch.key, version - 1],
    );
    await client.query(`DELETE FROM "SharedListEntry" WHERE "tenantId" = $1`, [tenantId]);
    const old = before.rows[0];
    const expiresAt = Number(old?.expiresAt);
    const stored = old && expiresAt > Date.now() ? openEntry(tenantId, patch.key, old.value) : null;
    const json = stored === null ? null : patchedJson(stored, patch);
    const sealed = json === null ? null : sealEntry(tenantId, patch.key, json);
    if (sealed !== null) {
      await client.query(`INSERT INTO "SharedListEntry" ("tenantId", "listKey", "value", "version", "expiresAt") VALUES ($1, $2, $3, $4, $5)`, [
        tenantId,
        patch.key,
        sealed,
        version,
        expiresAt,
      ]);
    }
    await client.query("SELECT pg_notify($1, $2)", [notice.channel, notice.payload]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Entries are sealed with the vault's keyring, bound to their workspace and entry: they name people and
 * carry presigned file links, which must not be readable from the database alone.
 */
function sealEntry(tenantId: string, listKey: string, json: string): string | null {
  try {
    return JSON.stringify(currentKeyring().encrypt(json, bindingOf(tenantId, listKey)));
  } catch {
    return null;
  }
}

/** The entry's JSON, or null when it cannot be opened (a master key since removed, a row moved): a miss. */
function openEntry(tenantId: string, listKey: string, stored: string): string | null {
  try {
    return currentKeyring().decrypt(JSON.parse(stored) as Sealed, bindingOf(tenantId, listKey));
  } catch {
    return null;
  }
}

function bindingOf(tenantId: string, listKey: string): KeyBinding {
  return { tenantId, recordId: createHash("sha256").update(listKey).digest("hex"), purpose: "shared-cache" };
}

function patchedJson(stored: string, patch: ListPatch): string | null {
  let patched: unknown;
  try {
    patched = patch.apply(JSON.parse(stored));
  } catch {
    return null;
  }
  const json = patched === null ? undefined : JSON.stringify(patched);
  return json === undefined || json.length > MAX_SHARED_BYTES ? null : json;
}

/**
 * Deletes every workspace's expired entries: personal data (a pool page names people) with no further use.
 * Returns how many.
 */
export async function purgeExpiredSharedLists(database: Db, now = Date.now()): Promise<number> {
  return (await database.sharedListEntry.deleteMany({ where: { expiresAt: { lt: BigInt(now) } } })).count;
}

function warn(what: "read" | "write" | "purge", error: unknown): void {
  const consequence = what === "purge" ? "expired entries stay (never served) until the next purge" : "this instance asks Recruspace instead";
  console.warn(`[list-cache] could not ${what} a shared list (${(error as Error)?.message ?? "error"}); ${consequence}`);
}
