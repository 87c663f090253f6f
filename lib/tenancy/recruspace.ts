import "server-only";
import { cache } from "react";
import { readEnv } from "@/lib/config/env";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { countDrift, logDriftOnce } from "@/lib/recruspace/drift-log";
import type { CandidateDetail, Listed, SearchHit } from "@/lib/recruspace/schemas";
import { cachedCandidate, freshCandidate } from "@/lib/list-cache/candidate-answer";
import { freshEmailAnswer, recentEmailAnswer } from "@/lib/list-cache/email-answer";
import { getActiveKeyForUse } from "@/lib/vault/use";
import { keyBudgetFor } from "./key-budget";

/**
 * The Recruspace client of one tenant's active key. Get Candidate answers are shared for a short time
 * (lib/list-cache/candidate-answer.ts) by every request made with the same key record.
 */
export type TenantClient = RecruspaceClient & {
  /** The key record whose key this client sends. */
  keyRecordId: string;
  /** Get Candidate past any cached answer (e.g. its file link was refused as expired); the answer is kept. */
  getFreshCandidate(id: number): Promise<CandidateDetail>;
  /** Search by Email answered up to 30 s ago by any search (lib/list-cache/email-answer.ts): for the check before an add only. */
  recentEmailSearch(email: string): Promise<Listed<SearchHit>>;
};

/**
 * A Recruspace client bound to the tenant's active key and base URL. The key's rate budget is the key
 * record's (./key-budget.ts): shared by every request made with it, on every instance on PostgreSQL.
 * Throws NoActiveKeyError when the workspace has no active key.
 */
export const recruspaceForTenant = cache(createTenantClient);

/**
 * Whose calls a client sends. "background" (bulk work on several people): behind people in the key's
 * budget and within its background share, and told of a full budget after a short wait (BULK_BUDGET_WAIT_MS)
 * instead of holding the call, so the browser's loop can show the wait (lib/candidates/bulk-queue.ts).
 */
export type ClientMode = "interactive" | "background";

/** How long one background call may queue for the budget, or wait out 429s, before it is told the wait. */
export const BULK_BUDGET_WAIT_MS = 5_000;

/** Kept apart so one render decrypts the key once however many sections need the client. */
async function createTenantClient(tenantId: string, mode: ClientMode = "interactive"): Promise<TenantClient> {
  const key = await getActiveKeyForUse(tenantId);
  const env = readEnv();
  const client = createRecruspaceClient({
    baseUrl: key.baseUrl,
    apiKey: key.apiKey,
    limiterKey: key.recordId,
    timeoutMs: env.RECRUSPACE_TIMEOUT_MS,
    uploadTimeoutMs: env.RECRUSPACE_UPLOAD_TIMEOUT_MS,
    rateLimitPerMinute: env.RECRUSPACE_RATE_LIMIT_PER_MINUTE,
    budget: keyBudgetFor(key.recordId, env.RECRUSPACE_RATE_LIMIT_PER_MINUTE),
    ...(mode === "background" ? { priority: "background" as const, maxQueueWaitMs: BULK_BUDGET_WAIT_MS, maxRateLimitWaitMs: BULK_BUDGET_WAIT_MS } : {}),
    onDrift: (event) => {
      logDriftOnce(event);
      countDrift(tenantId, event);
    },
  });
  const load = (id: number) => () => client.getCandidate(id);
  return {
    ...client,
    keyRecordId: key.recordId,
    getCandidate: (id) => cachedCandidate(tenantId, key.recordId, id, load(id)),
    getFreshCandidate: (id) => freshCandidate(tenantId, key.recordId, id, load(id)),
    searchCandidatesByEmail: (email) => freshEmailAnswer(tenantId, key.recordId, email, () => client.searchCandidatesByEmail(email)),
    recentEmailSearch: (email) => recentEmailAnswer(tenantId, key.recordId, email, () => client.searchCandidatesByEmail(email)),
  };
}

/** Creates the tenant's client only when a cache miss needs it (decrypting the key costs a DB read). */
export type ClientSource = () => Promise<RecruspaceClient>;

/** The one lazy, memoised client for a tenant: a page or action that hits only the cache never decrypts the key. */
export function clientSourceFor(tenantId: string, mode: ClientMode = "interactive"): () => Promise<TenantClient> {
  let client: Promise<TenantClient> | undefined;
  return () => (client ??= recruspaceForTenant(tenantId, mode));
}
