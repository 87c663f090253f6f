import { BACKGROUND_SHARE, LimiterSaturatedError, type KeyBudget, type Priority } from "./rate-limiter";

/**
 * One key's budget shared by every instance through a store they all reach (lib/tenancy/key-budget.ts:
 * rate-limiter-flexible's PostgreSQL store; one atomic upsert per request).
 *
 * The store counts fixed windows ("slices"), but Recruspace counts a sliding 60-second window: 100 in the
 * last minute of one fixed minute and 100 in the first of the next would be 200 in a few seconds. So the
 * minute is cut into SLICES slices of `points` each, long enough that any window of `windowMs` touches
 * at most SLICES of them: no window ever sees more than `limit`, at the cost of a little throughput
 * (100/min becomes 5 per 3.2 s, 93 a minute) and bursts of at most `points` at once.
 *
 * In this process, callers queue for their turn: people (interactive) ahead of background work, which may
 * use only BACKGROUND_SHARE of each slice. A caller whose turn is further away than it may wait is refused
 * at once with LimiterSaturatedError (the HTTP layer turns it into RateLimitedError with the seconds to
 * wait, which pages show as a countdown). After a 429, the whole key is blocked in the store, so every
 * instance holds off. If the store cannot be reached, the in-process `fallback` budget is used until it can.
 */
export type BudgetStore = {
  /** Counts `points` in the key's current slice: ok with the slice's count so far, or refused with the ms until it ends. */
  consume(key: string, points: number): Promise<{ ok: true; consumedPoints: number; msBeforeNext: number } | { ok: false; msBeforeNext: number }>;
  reward(key: string, points: number): Promise<void>;
  /** No request of the key for `ms`, on any instance. */
  block(key: string, ms: number): Promise<void>;
};

export const SLICES = 20;
/** A budget store slower than this is treated as down (the process's own budget is used meanwhile). */
export const STORE_TIMEOUT_MS = 2_000;

/** The slice that keeps any sliding `windowMs` at or under `limit`: at most `slices` slices touch one window. */
export function sliceOf(limit: number, windowMs: number): { points: number; durationMs: number; slices: number } {
  const slices = Math.max(2, Math.min(SLICES, limit));
  return { points: Math.max(1, Math.floor(limit / slices)), durationMs: Math.ceil(windowMs / (slices - 1)) + 1, slices };
}

type Waiter = { priority: Priority; deadline: number; resolve: () => void; reject: (error: unknown) => void };

export class SharedKeyBudget implements KeyBudget {
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  /** When the current slice ends, as the store last said (for estimates only). */
  private sliceEndsAt = 0;
  private storeDown = false;
  /** Ends the pump's wait early (a person arrived behind background work that is waiting for its share). */
  private wake: (() => void) | null = null;
  readonly points: number;
  readonly sliceMs: number;

  constructor(
    private readonly store: BudgetStore,
    private readonly key: string,
    limit: number,
    windowMs: number,
    private readonly fallback: KeyBudget,
    private readonly now: () => number = Date.now,
  ) {
    const slice = sliceOf(limit, windowMs);
    this.points = slice.points;
    this.sliceMs = slice.durationMs;
  }

  acquire(maxWaitMs: number = Number.POSITIVE_INFINITY, priority: Priority = "interactive"): Promise<void> {
    if (this.storeDown) return this.fallback.acquire(maxWaitMs, priority);
    const estimate = this.estimatedWaitMs(priority);
    if (estimate > maxWaitMs) return Promise.reject(new LimiterSaturatedError(estimate));
    return new Promise<void>((resolve, reject) => {
      const waiter = { priority, deadline: this.now() + maxWaitMs, resolve, reject };
      const firstBackground = priority === "interactive" ? this.waiters.findIndex((w) => w.priority === "background") : -1;
      if (firstBackground === -1) this.waiters.push(waiter);
      else this.waiters.splice(firstBackground, 0, waiter);
      if (firstBackground === 0) this.wake?.();
      void this.pump();
    });
  }

  blockFor(ms: number): void {
    this.fallback.blockFor(ms);
    const capped = Math.min(Math.max(0, ms), 300_000);
    this.sliceEndsAt = Math.max(this.sliceEndsAt, this.now() + capped);
    this.store.block(this.key, capped).catch(() => undefined);
  }

  /** A caller arriving now waits for the callers ahead of it, a slice's worth at a time. */
  estimatedWaitMs(priority: Priority = "interactive"): number {
    const ahead = priority === "interactive" ? this.waiters.filter((w) => w.priority === "interactive").length : this.waiters.length;
    const perSlice = priority === "interactive" ? this.points : this.backgroundPoints();
    const rounds = Math.floor(ahead / perSlice);
    return rounds === 0 ? 0 : Math.max(0, this.sliceEndsAt - this.now()) + (rounds - 1) * this.sliceMs;
  }

  get pending(): number {
    return this.waiters.length;
  }

  private backgroundPoints(): number {
    return Math.max(1, Math.floor(this.points * BACKGROUND_SHARE));
  }

  /** One turn at a time per process: the head of the queue asks the store, and waits out a full slice. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const head = this.waiters[0]!;
        if (this.now() > head.deadline) {
          this.waiters.shift();
          head.reject(new LimiterSaturatedError(Math.max(1000, this.estimatedWaitMs(head.priority))));
          continue;
        }
        let wait: number;
        try {
          wait = await this.tryTake(head.priority);
        } catch (error) {
          this.useFallback(error);
          return;
        }
        if (wait === 0) {
          this.waiters.shift();
          head.resolve();
          continue;
        }
        this.sliceEndsAt = this.now() + wait;
        if (this.now() + wait > head.deadline) {
          this.waiters.shift();
          head.reject(new LimiterSaturatedError(wait));
          continue;
        }
        // A little jitter so the instances do not all ask again at the same millisecond.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, wait + Math.floor(Math.random() * 20));
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.wake = done;
        });
        this.wake = null;
      }
    } finally {
      this.pumping = false;
    }
  }

  /** 0 when the caller may send now, else the ms until the slice ends. Store failures (and a store slower than STORE_TIMEOUT_MS) throw. */
  private async tryTake(priority: Priority): Promise<number> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS);
    });
    const taken = await Promise.race([this.store.consume(this.key, 1), slow]).finally(() => clearTimeout(timer));
    if (!taken.ok) return Math.max(1, taken.msBeforeNext);
    if (priority === "background" && taken.consumedPoints > this.backgroundPoints()) {
      await this.store.reward(this.key, 1);
      return Math.max(1, taken.msBeforeNext);
    }
    return 0;
  }

  /** The store failed: every caller queued here, and later ones until it answers again, use the process's own budget. */
  private useFallback(error: unknown): void {
    if (!this.storeDown) console.warn(`[recruspace] the shared rate budget could not be reached; using this process's own until it can (${(error as Error)?.message ?? "error"})`);
    this.storeDown = true;
    setTimeout(() => (this.storeDown = false), 30_000).unref?.();
    for (const waiter of this.waiters.splice(0)) {
      this.fallback.acquire(Math.max(0, waiter.deadline - this.now()), waiter.priority).then(waiter.resolve, waiter.reject);
    }
  }
}
