import type { IncomingMessage, ServerResponse } from "node:http";
import { GateError } from "@/lib/errors/failures";
import { ValidationError } from "@/lib/recruspace/errors";
import { describeFailure, logUnexpected } from "@/lib/errors/describe";
import { CvUploadError, streamCvUpload, type CvUploadBody, type UploadedDocument } from "./stream-to-recruspace";
import { nodeBodyStream } from "./node-body-stream";
import type { UploadedCv } from "@/lib/candidates/schemas";

export type CvUploadFailure = { status: number; code: string; error: string };

/** Socket chunks are joined to this size before the checks and the upstream upload (fewer, larger chunks). */
export const CV_UPLOAD_CHUNK_BYTES = 256 * 1024;

export type CvUploadHttpOptions = {
  /** The gate: the tenant id, or a GateError. */
  tenantId: () => Promise<string>;
  /** The tenant's Recruspace upload (may throw a WorkspaceKeyError). */
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
    if (caught instanceof GateError) return sendFailure(res, cvUploadFailure(caught));
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

/** What the route answers for anything the upload threw, in the words of lib/errors. */
export function cvUploadFailure(caught: unknown): CvUploadFailure {
  if (caught instanceof CvUploadError) return { status: caught.status, code: caught.code, error: caught.message };
  if (caught instanceof ValidationError) {
    const fileMessage = (caught.fieldErrors as Record<string, unknown>).file;
    const message = Array.isArray(fileMessage) && fileMessage.length ? String(fileMessage[0]) : "Recruspace refused the file.";
    return { status: 400, code: "upstream_refused", error: `Recruspace refused the file: ${message}` };
  }
  // An uploaded file alone creates nothing in Recruspace, so after a lost answer sending it again is safe.
  const failure = describeFailure(caught, { surface: "route", lostAnswer: "retry_safe", kept: "The file is still selected" });
  if (!failure.expected) logUnexpected("uploads.cv", caught);
  return { status: failure.status, code: failure.code, error: failure.message };
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
