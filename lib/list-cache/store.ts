/**
 * A small in-process TTL cache for upstream lists, keyed by tenant + list name + parameters.
 * Tenants never share an entry (the tenant id is part of every key), mutations drop a whole
 * list for one tenant, and concurrent misses for the same key share one upstream call.
 * It lives on globalThis so every bundle Next.js builds (pages, actions, route handlers) in this
 * process sees the same entries.
 */
export type CacheParams = Record<string, string | number | boolean | null | undefined>;

type Entry = { value: unknown; expiresAt: number } | { pending: Promise<unknown>; generation: number };

/** Told of every invalidation made in this process (lib/list-cache/broadcast.ts passes them on to the other instances). */
export type InvalidationListener = (tenantId: string, list: string | null) => void;

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

function tell(tenantId: string, list: string | null): void {
  for (const listener of store().listeners ?? []) {
    try {
      listener(tenantId, list);
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
