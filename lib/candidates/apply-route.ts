import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describeFailure, logUnexpected } from "@/lib/errors/describe";
import { fail, ok } from "@/lib/errors/result";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { nodeBodyStream } from "@/lib/cv/node-body-stream";
import { header, sendJson } from "@/lib/cv/upload-route";
import type { TenantContext } from "@/lib/tenancy/context";
import { ApplicationUploadError, readFraming, SizedParts, type Framing } from "./application-body";
import { ENVELOPE_LENGTH_HEADER, type ApplicationEnvelope } from "./application-upload";
import { applyCandidate, type FileAnswerBody } from "./apply";
import { JOB_POST_HASH, type DeclaredFileAnswer } from "./apply-schema";

export type ApplyRouteOptions = {
  gate: () => Promise<TenantContext & { ip: string }>;
  client: (tenantId: string) => Promise<RecruspaceClient>;
  /** The limit of each file (the CV limit). */
  maxBytes: number;
  chunkBytes?: number;
};

/**
 * POST /api/uploads/application?hash=<hash>: an application with file answers (the wire format is in
 * ./application-upload.ts). The gate runs first; the envelope is read and its values checked against
 * the post's questions as Recruspace has them now, before a byte of a file is read; then ONE
 * multipart request goes to Recruspace, its file parts streamed from the incoming body as Recruspace
 * reads them: the body is read only when pulled (lib/cv/node-body-stream.ts), so a slow Recruspace
 * slows the browser down instead of the files piling up here. The answer has the shape of a server
 * action's result, so the form reads both paths the same way. Without file answers the form uses the
 * apply action.
 */
export async function serveApplication(req: IncomingMessage, res: ServerResponse, options: ApplyRouteOptions): Promise<void> {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return sendJson(res, 405, fail("validation", "Use POST to send an application."));
  }
  const body = nodeBodyStream(req, { chunkBytes: options.chunkBytes });
  const parts = new SizedParts(body.stream);
  try {
    const actor = await options.gate();
    const hash = jobPostHash(req);
    const framing = readFraming(header(req, "content-length"), header(req, ENVELOPE_LENGTH_HEADER));
    const envelope = readEnvelope(await parts.read(framing.envelopeLength));
    const api = await options.client(actor.tenantId);
    const outcome = await applyCandidate(actor, api, {
      hash,
      fromCandidateId: fromCandidateId(req),
      values: envelope.values,
      limits: { maxFileBytes: options.maxBytes },
      fileBodies: (declared) => streamedFiles(declared, envelope.files, framing, parts),
    });
    sendJson(res, 200, ok(outcome));
  } catch (caught) {
    // A body that broke off explains whatever failed after it (Recruspace then got a cut-off request).
    const failure = answerFor(parts.failure ?? caught);
    // A body whose framing is wrong is not read at all: answer, then close the connection.
    if (!body.started && caught instanceof ApplicationUploadError) res.setHeader("Connection", "close");
    sendJson(res, failure.status, failure.body);
    // Otherwise the rest is read and dropped, so the browser can finish sending and read the answer.
    body.discardRest();
  }
}

function jobPostHash(req: IncomingMessage): string {
  const hash = new URL(req.url ?? "/", "http://localhost").searchParams.get("hash") ?? "";
  if (!JOB_POST_HASH.test(hash)) throw new UserFacingError("not_found", "This job post does not exist.");
  return hash;
}

/** `&from=<id>`: the candidate page the form was opened from; anything else is ignored. */
function fromCandidateId(req: IncomingMessage): number | null {
  const from = new URL(req.url ?? "/", "http://localhost").searchParams.get("from") ?? "";
  return /^[1-9][0-9]{0,9}$/.test(from) ? Number(from) : null;
}

function readEnvelope(bytes: Uint8Array): ApplicationEnvelope {
  let envelope: unknown = null;
  try {
    envelope = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // Refused below.
  }
  const { values, files } = (envelope ?? {}) as Partial<ApplicationEnvelope>;
  if (!values || typeof values !== "object" || !Array.isArray(files) || !files.every((field) => typeof field === "string")) {
    throw new ApplicationUploadError("envelope_invalid", "The application could not be read. Reload the page and try again.", 400);
  }
  return { values, files };
}

/**
 * The files follow the envelope in the order it names them: each declared file exactly once, and
 * together exactly the rest of the body. Each becomes a stream of its part of the body.
 */
function streamedFiles(declared: DeclaredFileAnswer[], order: string[], framing: Framing, parts: SizedParts): FileAnswerBody[] {
  const inOrder = order.map((field) => declared.find((answer) => answer.question.name === field));
  if (inOrder.length !== declared.length || new Set(order).size !== order.length || inOrder.some((answer) => !answer)) {
    throw new ApplicationUploadError("files_mismatch", "The files sent do not match the answers. Reload the page and try again.", 400);
  }
  const answers = inOrder as DeclaredFileAnswer[];
  const declaredLength = answers.reduce((sum, answer) => sum + answer.file.size, framing.envelopeLength);
  if (declaredLength !== framing.contentLength) {
    throw new ApplicationUploadError("length_mismatch", "The upload's size does not match its files. Please try again.", 400);
  }
  return answers.map(({ question, file }) => ({
    question,
    file: { body: parts.stream(file.size), filename: file.name, contentType: file.type, size: file.size },
  }));
}

function answerFor(caught: unknown): { status: number; body: unknown } {
  if (caught instanceof ApplicationUploadError) return { status: caught.status, body: { ...fail("validation", caught.message), reason: caught.reason } };
  const failure = describeFailure(caught, { surface: "route" });
  if (!failure.expected) logUnexpected("uploads.application", caught);
  const answer = fail(failure.code, failure.message, failure.fieldErrors);
  return { status: failure.status, body: failure.retryAfterSeconds === undefined ? answer : { ...answer, retryAfterSeconds: failure.retryAfterSeconds } };
}
