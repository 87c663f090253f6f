import { RateLimitedError, RecruspaceError } from "@/lib/recruspace/errors";
import { NoActiveKeyError, DecryptError } from "@/lib/vault/errors";

export type ProblemKind = "no_key" | "bad_key" | "rate_limited" | "not_found" | "timeout" | "network" | "upstream";

/** An upstream failure in words a hiring team understands; never carries upstream text or secrets. */
export type UpstreamProblem = {
  kind: ProblemKind;
  title: string;
  message: string;
  retryAfterSeconds?: number;
};

/**
 * Maps the failures a page can expect from Recruspace (or from a missing key) to a message.
 * Returns null for anything else, which the caller rethrows to the error boundary.
 */
export function describeUpstreamProblem(error: unknown): UpstreamProblem | null {
  if (error instanceof NoActiveKeyError) {
    return {
      kind: "no_key",
      title: "No Recruspace API key yet",
      message: "This workspace is not connected to Recruspace. An admin can add the API key under Settings → API keys.",
    };
  }
  if (error instanceof DecryptError) {
    return {
      kind: "bad_key",
      title: "The Recruspace key cannot be used",
      message: "The stored Recruspace key could not be read. Ask an admin to update the Recruspace key.",
    };
  }
  if (!(error instanceof RecruspaceError)) return null;
  switch (error.kind) {
    case "unauthorized":
      return {
        kind: "bad_key",
        title: "Recruspace rejected this workspace's key",
        message: "Ask an admin to update the Recruspace key under Settings → API keys.",
      };
    case "rate_limited": {
      const seconds = Math.max(1, Math.ceil((error as RateLimitedError).retryAfterSeconds));
      return {
        kind: "rate_limited",
        title: "Recruspace is rate-limiting",
        message: `Recruspace is rate-limiting, retrying in ${seconds} s.`,
        retryAfterSeconds: seconds,
      };
    }
    case "not_found":
      return { kind: "not_found", title: "Not found in Recruspace", message: "Recruspace could not find it. It may have been deleted." };
    case "timeout":
      return { kind: "timeout", title: "Recruspace is slow to answer", message: "Recruspace did not answer in time. Please try again." };
    case "network":
      return { kind: "network", title: "Recruspace cannot be reached", message: "Could not reach Recruspace. Check the connection and try again." };
    default:
      return { kind: "upstream", title: "Recruspace had a problem", message: "Recruspace could not answer properly. Please try again in a moment." };
  }
}

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: UpstreamProblem };

/** Runs a page's upstream read; expected upstream failures become a problem to show in the shell. */
export async function loadUpstream<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const problem = describeUpstreamProblem(error);
    if (!problem) throw error;
    return { ok: false, problem };
  }
}
