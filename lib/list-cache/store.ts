/**
 * A small in-process TTL cache for upstream lists, keyed by tenant + list name + parameters.
 * Tenants never share an entry (the tenant id is part of every key), mutations drop a whole
 * list for one tenant, and concurrent misses for the same key share one upstream call.
 * It lives on globalThis so every bundle Next.js builds (pages, actions, route handlers) in this
 * process sees the same entries.
 */
export type CacheParams = Record<string, string | number | boolean | null | undefined>;

type Entry = { value: unknown; expiresAt: number } | { pending: Promise<unknown>; generation: number };

/**
 * A change whose whole effect on one cached answer is known (e.g. a pool created: the list plus that pool):
 * the answer's entry key, and the function that turns the answer from before the change into the one after
 * (null: it cannot, the answer is dropped like the rest).
 */
export type ListPatch = { key: string; apply: (value: unknown) => unknown };

/**
 * Told of every invalidation made in this process (lib/list-cache/broadcast.ts passes them on to the other
 * instances), with the patch when the change came with one.
 */
export type InvalidationListener = (tenantId: string, list: string | null, patch?: ListPatch) => void;

type Store = { entries: Map<string, Entry>; generations: Map<string, number>; now: () => number; listeners?: Set<InvalidationListener> };

const STORE_KEY = Symbol.for("recruspace-admin.tenant-cache");
const globalStore = globalThis as unknown as Record<symbol, Store | undefined>;

function store(): Store {
  return (globalStore[STORE_KEY] ??= { entries: new Map(), generations: new Map(), now: () => Date.now() });
}

export const DEFAULT_TTL_MS = 30_000;
const MAX_ENTRIES = 5_000;

function listPrefix(tenantId: string, list: string): string {
  return `${JSON.stringify(tenantId)}|${JSON.stringify(list)}|`;
}

/** Parameter order must not matter and undefined must equal absent. */
export function cacheKey(tenantId: string, list: string, params: CacheParams = {}): string {
  const stable = Object.keys(params)
    .filter((key) => params[key] !== undefined)
    .sort()
    .map((key) => [key, params[key]]);
  return listPrefix(tenantId, list) + JSON.stringify(stable);
}

/**
 * The cached value for (tenant, list, params), or the loader's result stored for `ttlMs`.
 * Failures are not cached. An invalidation during a load keeps that load's result out of the cache.
 * The loader is handed the entry's key (cacheKey), for a second tier that stores under the same name.
 */
export async function cachedList<T>(
  tenantId: string,
  list: string,
  params: CacheParams,
  load: (key: string) => Promise<T>,
  /** How long the value is served; a function when the value itself bounds it (e.g. its links expire). */
  ttlMs: number | ((value: T) => number) = DEFAULT_TTL_MS,
): Promise<T> {
  const s = store();
  const key = cacheKey(tenantId, list, params);
  const existing = s.entries.get(key);
  if (existing) {
    if ("pending" in existing) return existing.pending as Promise<T>;
    if (existing.expiresAt > s.now()) return existing.value as T;
    s.entries.delete(key);
  }
  const generationKey = listPrefix(tenantId, list);
  const generation = s.generations.get(generationKey) ?? 0;
  const pending = load(key).then(
    (value) => {
      const current = s.entries.get(key);
      if (current && "pending" in current && current.pending === pending) {
        if ((s.generations.get(generationKey) ?? 0) === generation) {
          s.entries.set(key, { value, expiresAt: s.now() + (typeof ttlMs === "function" ? ttlMs(value) : ttlMs) });
          evictIfFull(s);
        } else {
          s.entries.delete(key);
        }
      }
      return value;
    },
    (error: unknown) => {
      const current = s.entries.get(key);
      if (current && "pending" in current && current.pending === pending) s.entries.delete(key);
      throw error;
    },
  );
  s.entries.set(key, { pending, generation });
  return pending;
}

/** Drops every cached variant (all params) of one list for one tenant, here and (through the listeners) elsewhere. */
export function invalidateList(tenantId: string, list: string): void {
  dropList(tenantId, list);
  tell(tenantId, list);
}

/**
 * Like invalidateList, but the one answer the change's effect is known on is kept, patched, if it is cached
 * and fresh here: it keeps the expiry it had (a patch never makes an answer live longer), and a load that
 * began before the change is still not stored. Other instances get the patch through the listeners.
 */
export function patchList<T>(
  tenantId: string,
  list: string,
  params: CacheParams,
  patch: (value: T) => T | null,
  /** The same patch for the answer as the listeners' tier stores it, when that differs from this cache's value. */
  patchTold: (value: never) => unknown = patch,
): void {
  const s = store();
  const key = cacheKey(tenantId, list, params);
  const existing = s.entries.get(key);
  dropList(tenantId, list);
  if (existing && "value" in existing && existing.expiresAt > s.now()) {
    const patched = neverThrowing(patch)(existing.value);
    if (patched !== null) s.entries.set(key, { value: patched, expiresAt: existing.expiresAt });
  }
  tell(tenantId, list, { key, apply: neverThrowing(patchTold) });
}

function neverThrowing(patch: (value: never) => unknown): (value: unknown) => unknown {
  return (value) => {
    try {
      return patch(value as never) ?? null;
    } catch {
      return null;
    }
  };
}

/** Drops everything cached for one tenant (e.g. after its API key changes), here and elsewhere. */
export function invalidateTenant(tenantId: string): void {
  dropTenant(tenantId);
  tell(tenantId, null);
}

/** An invalidation another instance made: dropped here, not passed on again. `list` null: the whole tenant. */
export function applyRemoteInvalidation(tenantId: string, list: string | null): void {
  if (list === null) dropTenant(tenantId);
  else dropList(tenantId, list);
}

/** Drops every entry of every tenant (e.g. invalidations may have been missed while a listener was down). */
export function dropEverything(): void {
  const s = store();
  for (const key of [...s.generations.keys()]) s.generations.set(key, (s.generations.get(key) ?? 0) + 1);
  // A load in flight whose entry is gone is not stored when it ends.
  s.entries.clear();
}

/** Returns the function that removes the listener. */
export function onInvalidation(listener: InvalidationListener): () => void {
  const s = store();
  (s.listeners ??= new Set()).add(listener);
  return () => s.listeners?.delete(listener);
}

function tell(tenantId: string, list: string | null, patch?: ListPatch): void {
  for (const listener of store().listeners ?? []) {
    try {
      listener(tenantId, list, patch);
    } catch {
      // A listener must never break the write that invalidated.
    }
  }
}

function dropList(tenantId: string, list: string): void {
  const s = store();
  const prefix = listPrefix(tenantId, list);
  s.generations.set(prefix, (s.generations.get(prefix) ?? 0) + 1);
  for (const key of s.entries.keys()) if (key.startsWith(prefix)) s.entries.delete(key);
}

/** Drops one cached entry (a value or a load in flight): the next read loads it again. */
export function invalidateEntry(tenantId: string, list: string, params: CacheParams = {}): void {
  store().entries.delete(cacheKey(tenantId, list, params));
}

function dropTenant(tenantId: string): void {
  const s = store();
  const prefix = `${JSON.stringify(tenantId)}|`;
  for (const key of [...s.generations.keys()]) if (key.startsWith(prefix)) s.generations.set(key, (s.generations.get(key) ?? 0) + 1);
  for (const key of s.entries.keys()) if (key.startsWith(prefix)) s.entries.delete(key);
}

function evictIfFull(s: Store): void {
  if (s.entries.size <= MAX_ENTRIES) return;
  const now = s.now();
  for (const [key, entry] of s.entries) if ("expiresAt" in entry && entry.expiresAt <= now) s.entries.delete(key);
  // Still full: drop the oldest insertions (Map keeps insertion order).
  for (const key of s.entries.keys()) {
    if (s.entries.size <= MAX_ENTRIES) break;
    s.entries.delete(key);
  }
}

/** Test seam: a fake clock and an empty cache. */
export function resetTenantCacheForTests(now: () => number = () => Date.now()): void {
  const s = store();
  s.entries.clear();
  s.generations.clear();
  s.now = now;
}
