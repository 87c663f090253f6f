import type { IncomingMessage, ServerResponse } from "node:http";
import { GateError } from "@/lib/tenancy/context";
import { RecruspaceError, ValidationError } from "@/lib/recruspace/errors";
import { NoActiveKeyError } from "@/lib/vault/errors";
import { toActionFailure } from "@/lib/actions/errors";
import { CvUploadError, streamCvUpload, type CvUploadBody, type UploadedDocument } from "./cv-upload";
import { nodeBodyStream } from "./node-body-stream";
import type { UploadedCv } from "./schemas";

export type CvUploadFailure = { status: number; code: string; error: string };

/** Socket chunks are joined to this size before the checks and the upstream upload (fewer, larger chunks). */
export const CV_UPLOAD_CHUNK_BYTES = 256 * 1024;

export type CvUploadHttpOptions = {
  /** The gate: the tenant id, or a GateError. */
  tenantId: () => Promise<string>;
  /** The tenant's Recruspace upload (may throw NoActiveKeyError). */
  upload: (tenantId: string) => Promise<(body: CvUploadBody) => Promise<UploadedDocument>>;
  maxBytes: number;
  chunkBytes?: number;
};

/**
 * POST /api/uploads/cv on a raw Node request: the raw file is the body; `X-File-Name`
 * (percent-encoded) or `?name=` names it. Answers 201 { documentId, name, size } or { error, code }.
 * The body is read only as fast as Recruspace takes it (see node-body-stream.ts).
 */
export async function serveCvUpload(req: IncomingMessage, res: ServerResponse, options: CvUploadHttpOptions): Promise<void> {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return sendJson(res, 405, { error: "Use POST to upload a CV.", code: "method_not_allowed" });
  }
  let tenantId: string;
  try {
    tenantId = await options.tenantId();
  } catch (caught) {
    if (caught instanceof GateError) return sendFailure(res, gateFailure(caught));
    throw caught;
  }

  const body = nodeBodyStream(req, { chunkBytes: options.chunkBytes ?? CV_UPLOAD_CHUNK_BYTES });
  let uploaded: UploadedCv;
  try {
    const upload = await options.upload(tenantId);
    uploaded = await streamCvUpload({
      body: body.stream,
      filename: header(req, "x-file-name") ?? new URL(req.url ?? "/", "http://localhost").searchParams.get("name"),
      contentLength: header(req, "content-length"),
      maxBytes: options.maxBytes,
      upload,
    });
  } catch (caught) {
    const failure = cvUploadFailure(caught);
    // No usable length or one over the limit: do not take the body at all; close after answering.
    if (!body.started && (failure.code === "length_required" || failure.code === "too_large")) res.setHeader("Connection", "close");
    sendFailure(res, failure);
    // Otherwise let the client finish sending into the void, so it reads this answer instead of a reset.
    body.discardRest();
    return;
  }
  sendJson(res, 201, uploaded);
}

function gateFailure(error: GateError): CvUploadFailure {
  return error.reason === "unauthenticated"
    ? { status: 401, code: "unauthenticated", error: error.message }
    : { status: 403, code: "forbidden", error: error.message };
}

/** What the route answers for anything the upload threw. Raw upstream messages are never passed through. */
export function cvUploadFailure(caught: unknown): CvUploadFailure {
  if (caught instanceof CvUploadError) return { status: caught.status, code: caught.code, error: caught.message };
  if (caught instanceof GateError) return gateFailure(caught);
  if (caught instanceof NoActiveKeyError) {
    return { status: 409, code: "no_api_key", error: "This workspace has no Recruspace API key yet. Ask an admin to add one under Settings → API keys." };
  }
  if (caught instanceof ValidationError) {
    const fileMessage = (caught.fieldErrors as Record<string, unknown>).file;
    const message = Array.isArray(fileMessage) && fileMessage.length ? String(fileMessage[0]) : "Recruspace refused the file.";
    return { status: 400, code: "upstream_refused", error: `Recruspace refused the file: ${message}` };
  }
  if (caught instanceof RecruspaceError) {
    const failure = toActionFailure(caught, "uploads.cv");
    const status = caught.kind === "rate_limited" ? 429 : caught.kind === "timeout" ? 504 : 502;
    return { status, code: failure.code, error: failure.error };
  }
  console.error(`[uploads.cv] unexpected ${caught instanceof Error ? caught.name : typeof caught}`);
  return { status: 500, code: "internal", error: "Something went wrong on our side while uploading. Please try again." };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function sendFailure(res: ServerResponse, failure: CvUploadFailure): void {
  sendJson(res, failure.status, { error: failure.error, code: failure.code });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}
