import "server-only";
import { readEnv } from "@/lib/config/env";
import { createRecruspaceClient } from "@/lib/recruspace/client";
import { RecruspaceError } from "@/lib/recruspace/errors";
import { describeFailure } from "@/lib/errors/describe";
import { UserFacingError } from "@/lib/errors/user-facing-error";

/**
 * Proves a key works with one cheap authenticated GET (List Company Users). Any failure becomes a
 * UserFacingError whose message names the problem but never the key. `afterwards` tells the user
 * what happened to their data ("Nothing was saved." when adding).
 */
export async function verifyWithRecruspace(options: {
  baseUrl: string;
  apiKey: string;
  limiterKey: string;
  afterwards: string;
}): Promise<void> {
  const env = readEnv();
  const client = createRecruspaceClient({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    limiterKey: options.limiterKey,
    timeoutMs: env.RECRUSPACE_TIMEOUT_MS,
  });
  try {
    await client.listCompanyUsers();
  } catch (error) {
    throw verificationRefusal(error, options.baseUrl, options.afterwards);
  }
}

/** Why verification failed, in a word, for the audit log. */
export function refusalReason(error: unknown): string {
  return error instanceof RecruspaceError ? error.kind : "error";
}

function verificationRefusal(error: unknown, baseUrl: string, afterwards: string): unknown {
  if (!(error instanceof RecruspaceError)) return error;
  const failure = describeFailure(error, { checkingKey: { baseUrl, afterwards } });
  const refusal = new UserFacingError(failure.code, failure.message, failure.fieldErrors);
  refusal.cause = error;
  return refusal;
}
