import type { IncomingMessage, ServerResponse } from "node:http";
import { ValidationError } from "@/lib/recruspace/errors";
import { describeFailure, logUnexpected } from "@/lib/errors/describe";
import { cleanFilename, CvUploadError, streamCheckedCv, type CvUploadBody, type UploadedDocument } from "./stream-to-recruspace";
import { nodeBodyStream } from "./node-body-stream";

export type CvUploadFailure = { status: number; code: string; error: string };

export type CvUploadHttpOptions = {
  /** The gate: the tenant id, or a GateError. */
  tenantId: () => Promise<string>;
  /** The tenant's Recruspace upload (may throw a WorkspaceKeyError). */
  upload: (tenantId: string) => Promise<(body: CvUploadBody) => Promise<UploadedDocument>>;
  maxBytes: number;
  /** Join socket chunks to this size first (default: pass them as they come; see nodeBodyStream). */
  chunkBytes?: number;
};

/** An answer to send: status and JSON body. */
export type RouteAnswer = { status: number; body: unknown };

/** What a route that streams a CV to Recruspace does around the stream (see serveCvStream). */
export type CvStreamRoute<C, R> = {
  /** The gate and whatever is read from the headers, before a byte of the body (throws to refuse). */
  before: () => Promise<C>;
  /** An answer that needs no file (the body is then left unread); null to go on. */
  early?: (context: C) => Promise<RouteAnswer | null>;
  /** The one upstream call that reads the checked file. */
  send: (context: C) => Promise<(body: CvUploadBody) => Promise<R>>;
  answer: (result: R, context: C) => Promise<RouteAnswer>;
  /** Any refusal or failure, in words (see cvUploadFailure). */
  failure: (caught: unknown) => RouteAnswer;
  maxBytes: number;
  chunkBytes?: number;
};

/**
 * POST /api/uploads/cv on a raw Node request: the raw file is the body; `X-File-Name`
 * (percent-encoded) or `?name=` names it. Answers 201 { documentId, name, size } or { error, code }.
 */
export function serveCvUpload(req: IncomingMessage, res: ServerResponse, options: CvUploadHttpOptions): Promise<void> {
  return serveCvStream(req, res, {
    before: options.tenantId,
    send: options.upload,
    answer: async (document: UploadedDocument) => ({
      status: 201,
      body: { documentId: String(document.id), name: document.name || cleanFilename(fileName(req)), size: document.file_size ?? Number(header(req, "content-length")) },
    }),
    failure: (caught) => {
      const failure = cvUploadFailure(caught);
      return { status: failure.status, body: { error: failure.error, code: failure.code } };
    },
    maxBytes: options.maxBytes,
    chunkBytes: options.chunkBytes,
  });
}

/**
 * A route whose body is one CV, streamed to Recruspace as it arrives: the body is read only as fast
 * as Recruspace takes it (see node-body-stream.ts), checked on the way (size, type), and a refusal
 * lets the client finish sending so it reads the answer instead of a reset.
 */
export async function serveCvStream<C, R>(req: IncomingMessage, res: ServerResponse, route: CvStreamRoute<C, R>): Promise<void> {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return sendJson(res, 405, { error: "Use POST to send a CV.", code: "method_not_allowed" });
  }
  // Chunks go on as the socket gives them: the upload writes each to Recruspace's socket as it
  // drains (lib/recruspace/node-send.ts), so joining them first would only copy every byte once more.
  const body = nodeBodyStream(req, { chunkBytes: route.chunkBytes });
  let answer: RouteAnswer;
  try {
    const context = await route.before();
    const early = await route.early?.(context);
    if (early) {
      res.setHeader("Connection", "close");
      sendJson(res, early.status, early.body);
      return body.discardRest();
    }
    const send = await route.send(context);
    const result = await streamCheckedCv({
      body: body.stream,
      filename: fileName(req),
      contentLength: header(req, "content-length"),
      maxBytes: route.maxBytes,
      send,
    });
    answer = await route.answer(result, context);
  } catch (caught) {
    const failure = route.failure(caught);
    const code = (failure.body as { code?: string }).code;
    // No usable length or one over the limit: do not take the body at all; close after answering.
    if (!body.started && (code === "length_required" || code === "too_large")) res.setHeader("Connection", "close");
    sendJson(res, failure.status, failure.body);
    body.discardRest();
    return;
  }
  sendJson(res, answer.status, answer.body);
}

function fileName(req: IncomingMessage): string | null {
  return header(req, "x-file-name") ?? new URL(req.url ?? "/", "http://localhost").searchParams.get("name");
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

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}
