import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db/url";

/**
 * The counters behind sign-in and sign-up throttling, from rate-limiter-flexible. Every consume is one
 * atomic increment in its store, so parallel requests cannot all pass a check before any of them counts:
 *
 * - PostgreSQL (DATABASE_URL is postgres://): `RateLimiterPostgres`, one `INSERT … ON CONFLICT DO UPDATE`
 *   per consume in the table `rate_limits` (created by the library on first use, `CREATE TABLE IF NOT
 *   EXISTS`; expired rows are swept every few minutes), so the limits hold across every instance.
 * - SQLite (one process): `RateLimiterMemory`, in this process's memory; a restart forgets the counts.
 *
 * Limiters are kept per process on globalThis: the route handler, the server actions and the pages
 * routes are bundled separately by Next.js and would otherwise each count on their own.
 */
export type Limiter = RateLimiterAbstract;

export type LimiterOptions = { name: string; points: number; durationSeconds: number };

export const LIMITER_TABLE = "rate_limits";

type Store = { url: string; pool?: pg.Pool; limiters: Map<string, Promise<Limiter>> };
const holder = globalThis as unknown as { __recruspaceLimiters?: Store };

function store(): Store {
  const url = resolveDatabaseUrl();
  if (holder.__recruspaceLimiters?.url !== url) {
    void holder.__recruspaceLimiters?.pool?.end().catch(() => {});
    holder.__recruspaceLimiters = { url, limiters: new Map() };
  }
  return holder.__recruspaceLimiters;
}

/** The limiter called `name` (its key prefix), created on first use with these points per duration. */
export function limiter(options: LimiterOptions): Promise<Limiter> {
  const current = store();
  const key = `${options.name}:${options.points}:${options.durationSeconds}`;
  let made = current.limiters.get(key);
  if (!made) {
    made = create(current, options);
    current.limiters.set(key, made);
    // A store that could not be reached is tried again on the next call rather than remembered.
    made.catch(() => current.limiters.delete(key));
  }
  return made;
}

function create(current: Store, { name, points, durationSeconds }: LimiterOptions): Promise<Limiter> {
  if (databaseKind(current.url) !== "postgres") return Promise.resolve(new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }));
  // A small pool of its own: the Prisma client's pool lives inside its driver adapter.
  current.pool ??= new pg.Pool({ connectionString: current.url, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  const pool = current.pool;
  return new Promise<Limiter>((resolve, reject) => {
    const made: RateLimiterPostgres = new RateLimiterPostgres(
      { storeClient: pool, storeType: "pool", tableName: LIMITER_TABLE, keyPrefix: name, points, duration: durationSeconds },
      (error?: unknown) => (error ? reject(error) : resolve(made)),
    );
  });
}

/**
 * A refusal by the limiter (over its points: rate-limiter-flexible rejects with a RateLimiterRes), as
 * opposed to a store that failed (an Error, thrown on). Told apart by shape, not by `instanceof`: the
 * limiters are shared across Next.js bundles, each of which may hold its own copy of the library.
 */
export function isLimited(outcome: unknown): outcome is RateLimiterRes {
  return typeof outcome === "object" && outcome !== null && !(outcome instanceof Error) && typeof (outcome as RateLimiterRes).msBeforeNext === "number";
}

/** Consumes points, answering a refusal as a value: `{ ok: false, msBeforeNext }`. Store failures throw. */
export async function tryConsume(target: Limiter, key: string, points = 1): Promise<{ ok: true; res: RateLimiterRes } | { ok: false; msBeforeNext: number }> {
  try {
    return { ok: true, res: await target.consume(key, points) };
  } catch (outcome) {
    if (isLimited(outcome)) return { ok: false, msBeforeNext: Math.max(outcome.msBeforeNext, 1000) };
    throw outcome;
  }
}
