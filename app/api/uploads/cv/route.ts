import { NextResponse, type NextRequest } from "next/server";
import { requireTenant } from "@/lib/tenancy/gate";
import { GateError } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { RecruspaceError, ValidationError } from "@/lib/recruspace/errors";
import { NoActiveKeyError } from "@/lib/vault/errors";
import { CvUploadError, streamCvUpload } from "@/lib/candidates/cv-upload";
import { maxCvBytes } from "@/lib/candidates/server-config";
import { toActionFailure } from "@/lib/actions/errors";

// The body is streamed through to Recruspace, so this must run on Node and never be cached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function error(status: number, code: string, message: string) {
  return NextResponse.json({ error: message, code }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * POST the raw file as the body; `X-File-Name` (percent-encoded) or `?name=` names it.
 * Answers { documentId, name, size } or { error, code }.
 */
export async function POST(request: NextRequest) {
  let tenantId: string;
  try {
    tenantId = (await requireTenant("member")).tenantId;
  } catch (caught) {
    if (caught instanceof GateError) {
      return caught.reason === "unauthenticated"
        ? error(401, "unauthenticated", caught.message)
        : error(403, "forbidden", caught.message);
    }
    throw caught;
  }

  try {
    const client = await recruspaceForTenant(tenantId);
    const uploaded = await streamCvUpload({
      body: request.body,
      filename: request.headers.get("x-file-name") ?? request.nextUrl.searchParams.get("name"),
      contentLength: request.headers.get("content-length"),
      maxBytes: maxCvBytes(),
      upload: (body) => client.uploadFile({ ...body, folderKey: "cv" }),
    });
    return NextResponse.json(uploaded, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (caught) {
    if (caught instanceof CvUploadError) {
      // Drain nothing more: answering now closes the connection on a body we refused.
      return error(caught.status, caught.code, caught.message);
    }
    if (caught instanceof NoActiveKeyError) {
      return error(409, "no_api_key", "This workspace has no Recruspace API key yet. Ask an admin to add one under Settings → API keys.");
    }
    if (caught instanceof ValidationError) {
      const fileMessage = (caught.fieldErrors as Record<string, unknown>).file;
      const message = Array.isArray(fileMessage) && fileMessage.length ? String(fileMessage[0]) : "Recruspace refused the file.";
      return error(400, "upstream_refused", `Recruspace refused the file: ${message}`);
    }
    if (caught instanceof RecruspaceError) {
      const failure = toActionFailure(caught, "uploads.cv");
      const status = caught.kind === "rate_limited" ? 429 : caught.kind === "timeout" ? 504 : 502;
      return error(status, failure.code, failure.error);
    }
    console.error(`[uploads.cv] unexpected ${caught instanceof Error ? caught.name : typeof caught}`);
    return error(500, "internal", "Something went wrong on our side while uploading. Please try again.");
  }
}
