import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db/url";
import { invalidateShared, invalidationSent, shareListsThrough } from "./shared-lists";
import { applyRemoteInvalidation, DEFAULT_TTL_MS, dropEverything, onInvalidation, type ListPatch } from "./store";

/**
 * One cache across instances on PostgreSQL: every invalidation made here (a pool created, a tag added,
 * a key replaced, …) is sent to the other instances with `NOTIFY`, and theirs arrive here by `LISTEN`
 * on one connection of this process's own, so a change made through one instance shows on the others
 * at once instead of after the cache lifetime. Messages name a tenant and a list, never data.
 *
 * A listener that loses its connection drops this process's whole cache (it may have missed messages)
 * and listens again; until it does, entries live at most their short lifetime, as on one instance.
 * On SQLite (one process) there is nothing to tell.
 *
 * While it runs, the lists themselves are shared too (lib/list-cache/shared-lists.ts): an invalidation of a
 * shared list moves the tenant's version on in the same transaction that sends the message.
 */
export const CACHE_CHANNEL = "recruspace_cache";

type Message = { from: string; tenantId: string; list: string | null };

type State = { url: string; origin: string; listener?: pg.Client; sender?: pg.Pool; started?: Promise<void>; stopped: boolean; unsubscribe?: () => void };
const holder = globalThis as unknown as { __recruspaceCacheBroadcast?: State };

/** Starts listening and passing this process's invalidations on (once per process; later calls share it). */
export function startCacheBroadcast(url: string = resolveDatabaseUrl()): Promise<void> {
  if (databaseKind(url) !== "postgres") return Promise.resolve();
  const current = holder.__recruspaceCacheBroadcast;
  if (current && current.url === url && !current.stopped && current.started) return current.started;
  const state: State = { url, origin: randomUUID(), stopped: false };
  holder.__recruspaceCacheBroadcast = state;
  state.sender = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  shareListsThrough(state.sender);
  state.unsubscribe = onInvalidation((tenantId, list, patch) => publish(state, { from: state.origin, tenantId, list }, patch));
  state.started = listen(state);
  return state.started;
}

/** Stops listening and sending (tests; a server simply exits). */
export async function stopCacheBroadcast(): Promise<void> {
  const state = holder.__recruspaceCacheBroadcast;
  if (!state) return;
  state.stopped = true;
  state.unsubscribe?.();
  holder.__recruspaceCacheBroadcast = undefined;
  shareListsThrough(null);
  await Promise.allSettled([state.listener?.end(), state.sender?.end()]);
}

async function listen(state: State): Promise<void> {
  const client = new pg.Client({ connectionString: state.url });
  state.listener = client;
  client.on("notification", (notification) => {
    const message = parse(notification.payload);
    if (message && message.from !== state.origin) applyRemoteInvalidation(message.tenantId, message.list);
  });
  client.on("error", () => reconnect(state, client));
  client.on("end", () => reconnect(state, client));
  await client.connect();
  await client.query(`LISTEN ${CACHE_CHANNEL}`);
}

function reconnect(state: State, lost: pg.Client): void {
  if (state.stopped || state.listener !== lost) return;
  state.listener = undefined;
  dropEverything();
  setTimeout(() => {
    if (state.stopped) return;
    state.started = listen(state).catch(() => reconnect(state, state.listener ?? lost));
  }, 1_000).unref?.();
}

function publish(state: State, message: Message, patch?: ListPatch): void {
  if (state.stopped || !state.sender) return;
  // Every cached answer is shared, so every invalidation moves the tenant's shared version on.
  const payload = JSON.stringify(message);
  const sent = invalidateShared(state.sender, message.tenantId, { channel: CACHE_CHANNEL, payload }, patch).then(
    () => true,
    (error: unknown) => {
      console.warn(`[list-cache] could not tell the other instances of an invalidation (${(error as Error)?.message ?? "error"}); they see the change within the cache lifetime`);
      return false;
    },
  );
  invalidationSent(message.tenantId, sent, DEFAULT_TTL_MS);
}

function parse(payload: string | undefined): Message | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Message>;
    if (typeof value.from !== "string" || typeof value.tenantId !== "string" || !(value.list === null || typeof value.list === "string")) return null;
    return { from: value.from, tenantId: value.tenantId, list: value.list };
  } catch {
    return null;
  }
}
