import "server-only";
import { readEnv } from "@/lib/config/env";
import { createRecruspaceClient } from "@/lib/recruspace/client";
import { RateLimitedError, RecruspaceError } from "@/lib/recruspace/errors";
import { UserFacingError } from "@/lib/actions/user-facing-error";

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
  const refusal = (() => {
    switch (error.kind) {
      case "unauthorized":
        return new UserFacingError(
          "upstream_unauthorized",
          `Recruspace rejected this key. Check that you copied the whole key and that it is still active in Recruspace. ${afterwards}`,
          { apiKey: ["Recruspace rejected this key."] },
        );
      case "timeout":
        return new UserFacingError("timeout", `Recruspace at ${baseUrl} did not answer in time, so the key could not be checked. ${afterwards}`);
      case "network":
        return new UserFacingError("network", `Could not reach Recruspace at ${baseUrl} to check the key. ${afterwards}`);
      case "rate_limited":
        return new UserFacingError(
          "rate_limited",
          `Recruspace is rate-limiting requests; try again in ${(error as RateLimitedError).retryAfterSeconds} s. ${afterwards}`,
        );
      default:
        return new UserFacingError("upstream", `Recruspace could not confirm this key (it answered with an error). ${afterwards}`);
    }
  })();
  refusal.cause = error;
  return refusal;
}
