import "server-only";
import { cache } from "react";
import { readEnv } from "@/lib/config/env";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { countDrift, logDriftOnce } from "@/lib/recruspace/drift-log";
import { getActiveKeyForUse } from "@/lib/vault/use";

/**
 * A Recruspace client bound to the tenant's active key and base URL. The limiter key is the key
 * record id, so each key's rate budget is shared by every request made with it in this process.
 * Throws NoActiveKeyError when the workspace has no active key.
 */
export const recruspaceForTenant = cache(createTenantClient);

/** Kept apart so one render decrypts the key once however many sections need the client. */
async function createTenantClient(tenantId: string): Promise<RecruspaceClient> {
  const key = await getActiveKeyForUse(tenantId);
  const env = readEnv();
  return createRecruspaceClient({
    baseUrl: key.baseUrl,
    apiKey: key.apiKey,
    limiterKey: key.recordId,
    timeoutMs: env.RECRUSPACE_TIMEOUT_MS,
    uploadTimeoutMs: env.RECRUSPACE_UPLOAD_TIMEOUT_MS,
    rateLimitPerMinute: env.RECRUSPACE_RATE_LIMIT_PER_MINUTE,
    onDrift: (event) => {
      logDriftOnce(event);
      countDrift(tenantId, event);
    },
  });
}

/** Creates the tenant's client only when a cache miss needs it (decrypting the key costs a DB read). */
export type ClientSource = () => Promise<RecruspaceClient>;

/** The one lazy, memoised client for a tenant: a page or action that hits only the cache never decrypts the key. */
export function clientSourceFor(tenantId: string): ClientSource {
  let client: Promise<RecruspaceClient> | undefined;
  return () => (client ??= recruspaceForTenant(tenantId));
}
