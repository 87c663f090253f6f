import "server-only";
import { isLimited, limiter, type Limiter } from "@/lib/auth/limiter-store";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db/url";
import { DEFAULT_WINDOW_MS, limiterFor, type KeyBudget } from "@/lib/recruspace/rate-limiter";
import { SharedKeyBudget, sliceOf, type BudgetStore } from "@/lib/recruspace/shared-budget";

/**
 * The budget of one Recruspace key (its key record id), for every client that uses the key:
 * - on PostgreSQL, shared by every instance: rate-limiter-flexible's PostgreSQL store, the one the
 *   sign-in throttling uses (lib/auth/limiter-store.ts), counts the key's slices in the `rate_limits`
 *   table (lib/recruspace/shared-budget.ts says why slices);
 * - on the embedded SQLite default (one process), this process's own sliding window.
 * One budget object per key and limit per process (on globalThis, as the bundles Next.js builds would
 * otherwise each keep their own).
 */
export const KEY_BUDGET_PREFIX = "recruspace_key";

type Registry = Map<string, KeyBudget>;
const holder = globalThis as unknown as { __recruspaceKeyBudgets?: Registry };

export function keyBudgetFor(keyRecordId: string, limitPerMinute: number, windowMs: number = DEFAULT_WINDOW_MS): KeyBudget {
  const local = limiterFor({ limiterKey: keyRecordId, apiKey: "", limit: limitPerMinute, windowMs });
  if (databaseKind(resolveDatabaseUrl()) !== "postgres") return local;
  const registry = (holder.__recruspaceKeyBudgets ??= new Map());
  const id = `${keyRecordId}:${limitPerMinute}:${windowMs}`;
  let budget = registry.get(id);
  if (!budget) {
    const slice = sliceOf(limitPerMinute, windowMs);
    const store = limiterBudgetStore(() => limiter({ name: KEY_BUDGET_PREFIX, points: slice.points, durationSeconds: slice.durationMs / 1000 }));
    budget = new SharedKeyBudget(store, keyRecordId, limitPerMinute, windowMs, local);
    registry.set(id, budget);
  }
  return budget;
}

/** The shared budget's store, on a rate-limiter-flexible limiter (refusals are values, store failures throw). */
export function limiterBudgetStore(made: () => Promise<Limiter>): BudgetStore {
  return {
    async consume(key, points) {
      const target = await made();
      try {
        const res = await target.consume(key, points);
        return { ok: true, consumedPoints: res.consumedPoints, msBeforeNext: res.msBeforeNext };
      } catch (outcome) {
        if (isLimited(outcome)) return { ok: false, msBeforeNext: outcome.msBeforeNext };
        throw outcome;
      }
    },
    async reward(key, points) {
      await (await made()).reward(key, points);
    },
    async block(key, ms) {
      await (await made()).block(key, ms / 1000);
    },
  };
}
