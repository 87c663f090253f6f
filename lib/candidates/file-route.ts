import "server-only";
import { failureResponse } from "@/lib/errors/http";
import { requireTenant } from "@/lib/tenancy/gate";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { streamCandidateFile, type CandidateFileKind } from "./files";

function json(status: number, error: string, code?: string): Response {
  return Response.json(code ? { error, code } : { error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The GET handler behind /api/candidates/:id/cv and /photo: gate, fresh candidate, stream. */
export async function serveCandidateFile(request: Request, rawId: string, kind: CandidateFileKind): Promise<Response> {
  if (!/^\d{1,10}$/.test(rawId)) return json(404, "Not found.");
  try {
    const ctx = await requireTenant("member");
    const client = await recruspaceForTenant(ctx.tenantId);
    const download = new URL(request.url).searchParams.get("download") === "1";
    const outcome = await streamCandidateFile(client, Number(rawId), kind, { download });
    return outcome.ok ? outcome.response : json(outcome.status, outcome.error, outcome.code);
  } catch (error) {
    return failureResponse(error, `candidate ${kind}`);
  }
}
