import { createHash } from "node:crypto";

/**
 * Per-key sliding-window limiter: at most `limit` requests start within any `windowMs`, counted across all
 * endpoints and all callers in this process that use the same key. Callers over the limit queue (FIFO) until
 * a slot frees up; a caller whose turn would come later than `maxWaitMs` is refused at once with
 * LimiterSaturatedError instead of waiting. After a 429, blockFor() holds all callers of the key until the
 * time Recruspace announced.
 *
 * People first: an interactive caller queues ahead of every background caller, and background work may
 * only use BACKGROUND_SHARE of the window, so what it leaves is always there for people.
 *
 * This is the budget of one process (the embedded SQLite default runs one). Several instances share one
 * budget per key through the database instead (./shared-budget.ts).
 */
export type Priority = "interactive" | "background";

/** What the HTTP layer needs of a key's budget: a turn to send, and "hold everyone" after a 429. */
export interface KeyBudget {
  /** Resolves when the caller may send; rejects with LimiterSaturatedError when that would take over maxWaitMs. */
  acquire(maxWaitMs?: number, priority?: Priority): Promise<void>;
  /** Recruspace said "retry in ms": no caller of the key sends before then. */
  blockFor(ms: number): void;
}

/** The part of a window background work may use; the rest is kept for people. */
export const BACKGROUND_SHARE = 0.6;

export class LimiterSaturatedError extends Error {
  constructor(readonly waitMs: number) {
    super(`Rate limit queue is full; next slot in ${Math.ceil(waitMs / 1000)} s.`);
    this.name = "LimiterSaturatedError";
  }
}

type Waiter = { resolve: () => void; priority: Priority };

export class SlidingWindowLimiter implements KeyBudget {
  /** Start times of the requests granted within the current window, oldest first. */
  private granted: number[] = [];
  private waiters: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** No grants before this time: Recruspace answered 429 and said when to come back. */
  private blockedUntil = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  }

  /** Resolves when the caller may send; rejects with LimiterSaturatedError when that would take over maxWaitMs. */
  acquire(maxWaitMs: number = Number.POSITIVE_INFINITY, priority: Priority = "interactive"): Promise<void> {
    this.drain();
    const estimate = this.estimatedWaitMs(priority);
    if (estimate > maxWaitMs) return Promise.reject(new LimiterSaturatedError(estimate));
    return new Promise((resolve) => {
      const waiter = { resolve, priority };
      // Interactive callers go ahead of every background caller, in arrival order among themselves.
      const firstBackground = priority === "interactive" ? this.waiters.findIndex((w) => w.priority === "background") : -1;
      if (firstBackground === -1) this.waiters.push(waiter);
      else this.waiters.splice(firstBackground, 0, waiter);
      this.drain();
    });
  }

  /**
   * Recruspace said "retry in ms": hold every caller of this key until then instead of letting each one
   * collect its own 429. Capped at 5 minutes so a wild Retry-After cannot stall the key for long.
   */
  blockFor(ms: number): void {
    const until = this.now() + Math.min(Math.max(0, ms), 300_000);
    if (until > this.blockedUntil) this.blockedUntil = until;
  }

  /** How long a caller arriving now would wait (for tests and for callers that prefer not to queue). */
  estimatedWaitMs(priority: Priority = "interactive"): number {
    this.expire();
    const blocked = Math.max(0, this.blockedUntil - this.now());
    const position = priority === "interactive" ? this.waiters.filter((w) => w.priority === "interactive").length : this.waiters.length;
    if (this.granted.length + position < this.capacity(priority)) return blocked;
    // Waiter k (0-based) gets the slot freed when grant k expires; grants beyond those already made happen
    // one window after the grant they replace, hence the extra windows for deep queues.
    const index = position % this.limit;
    const rounds = Math.floor(position / this.limit);
    const freeing = this.granted[index] ?? this.now();
    return Math.max(blocked, freeing + this.windowMs * (rounds + 1) - this.now());
  }

  get pending(): number {
    return this.waiters.length;
  }

  get inWindow(): number {
    this.expire();
    return this.granted.length;
  }

  private expire(): void {
    const cutoff = this.now() - this.windowMs;
    while (this.granted.length > 0 && (this.granted[0] as number) <= cutoff) this.granted.shift();
  }

  /** How many grants a window may hold when the next caller has this priority. */
  private capacity(priority: Priority): number {
    return priority === "interactive" ? this.limit : Math.max(1, Math.floor(this.limit * BACKGROUND_SHARE));
  }

  private drain(): void {
    this.expire();
    const now = this.now();
    if (now >= this.blockedUntil) {
      while (this.waiters.length > 0 && this.granted.length < this.capacity(this.waiters[0]!.priority)) {
        this.granted.push(now);
        this.waiters.shift()?.resolve();
      }
    }
    if (this.waiters.length > 0 && this.timer === null) {
      const capacity = this.capacity(this.waiters[0]!.priority);
      const slotAt = this.granted.length < capacity ? now : (this.granted[this.granted.length - capacity] ?? now) + this.windowMs;
      const delay = Math.max(1, Math.max(slotAt, this.blockedUntil) - now);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.drain();
      }, delay);
    }
  }
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 100;
/** A little over a minute: the server counts arrivals slightly after we count departures. */
export const DEFAULT_WINDOW_MS = 61_000;

type Registry = Map<string, SlidingWindowLimiter>;
// On globalThis so every bundle/module instance in one process (Next dev reloads, route handlers vs actions)
// shares the same limiters.
const REGISTRY_KEY = Symbol.for("recruspace-admin.rate-limiters");
function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY_KEY] ??= new Map());
}

/**
 * The process-wide limiter of one key. `limiterKey` should be a non-secret id (e.g. the key record id);
 * without one, a SHA-256 fingerprint of the API key is used so the raw key is never a map key.
 * The first caller's limit/window win for a given key.
 */
export function limiterFor(options: { limiterKey?: string; apiKey: string; limit?: number; windowMs?: number }): SlidingWindowLimiter {
  const id = options.limiterKey ? `id:${options.limiterKey}` : `key:${fingerprint(options.apiKey)}`;
  const map = registry();
  let limiter = map.get(id);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(options.limit ?? DEFAULT_RATE_LIMIT_PER_MINUTE, options.windowMs ?? DEFAULT_WINDOW_MS);
    map.set(id, limiter);
  }
  return limiter;
}

export function fingerprint(apiKey: string): string {
  return createHash("sha256").update(apiKey).digest("hex").slice(0, 16);
}
