import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { keyBudgetFor } from "@/lib/tenancy/key-budget";
import { RateLimitedError } from "@/lib/recruspace/errors";

export type BurstCommand = { baseUrl: string; apiKey: string; budgetKey: string; limit: number; windowMs: number; count: number; maxWaitMs: number };

/** `count` reads at once through one key's budget: when each left for Recruspace, and how many were refused with a wait. */
export async function burst(command: BurstCommand, makeClient: (sending: typeof fetch) => RecruspaceClient) {
  const sentAt: number[] = [];
  const client = makeClient((input, init) => {
    sentAt.push(Date.now());
    return fetch(input, init);
  });
  let refused = 0;
  let waitSeconds = 0;
  await Promise.all(
    Array.from({ length: command.count }, async () => {
      try {
        await client.listCompanyOffices();
      } catch (error) {
        if (!(error instanceof RateLimitedError)) throw error;
        refused += 1;
        waitSeconds = Math.max(waitSeconds, error.retryAfterSeconds ?? 0);
      }
    }),
  );
  return { sentAt, refused, waitSeconds };
}

/** A client on the key's shared budget (lib/tenancy/key-budget.ts), as the app's tenant client is. */
export function burstClient(command: BurstCommand, sending: typeof fetch): RecruspaceClient {
  return createRecruspaceClient({
    baseUrl: command.baseUrl,
    apiKey: command.apiKey,
    budget: keyBudgetFor(command.budgetKey, command.limit, command.windowMs),
    maxQueueWaitMs: command.maxWaitMs,
    fetch: sending,
  });
}
