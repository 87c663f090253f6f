import "server-only";
import { requireTenant } from "@/lib/tenancy/gate";
import { GateError } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { RateLimitedError } from "@/lib/recruspace/errors";
import { describeUpstreamProblem } from "./upstream-problem";
import { streamCandidateFile, type CandidateFileKind } from "./candidate-file";

function json(status: number, error: string, headers?: Record<string, string>): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The GET handler behind /api/candidates/:id/cv and /photo: gate, fresh candidate, stream. */
export async function serveCandidateFile(request: Request, rawId: string, kind: CandidateFileKind): Promise<Response> {
  if (!/^\d{1,10}$/.test(rawId)) return json(404, "Not found.");
  try {
    const ctx = await requireTenant("member");
    const client = await recruspaceForTenant(ctx.tenantId);
    const download = new URL(request.url).searchParams.get("download") === "1";
    const outcome = await streamCandidateFile(client, Number(rawId), kind, { download });
    return outcome.ok ? outcome.response : json(outcome.status, outcome.error);
  } catch (error) {
    if (error instanceof GateError) {
      return json(error.reason === "unauthenticated" ? 401 : 403, error.message);
    }
    const problem = describeUpstreamProblem(error);
    if (!problem) {
      console.error(`[candidate ${kind}] unexpected ${error instanceof Error ? error.name : typeof error}`);
      return json(500, "Something went wrong on our side.");
    }
    if (problem.kind === "rate_limited") {
      return json(429, problem.message, { "Retry-After": String((error as RateLimitedError).retryAfterSeconds ?? 1) });
    }
    const status = problem.kind === "not_found" ? 404 : problem.kind === "no_key" || problem.kind === "bad_key" ? 409 : 502;
    return json(status, problem.message);
  }
}
