import "server-only";
import { CV_MIME_TYPES, CvContentError, CvTypeCheck, WRONG_TYPE_MESSAGE, type ZipLimits } from "./file-type";
import { ByteCounter, checkDeclaredLength, CvSizeError } from "./size-checks";
import type { UploadedCv } from "@/lib/candidates/schemas";

/** What the upstream upload gets: the shape of the Recruspace client's UploadBody. */
export type CvUploadBody = { body: ReadableStream<Uint8Array>; filename: string; contentType: string; size: number };
export type UploadedDocument = { id: number | string; name?: string | null; file_size?: number | null };

/** An incoming CV and what to do with it once its first bytes passed the checks. */
export type CvStreamRequest<R> = {
  body: ReadableStream<Uint8Array> | null;
  filename: string | null;
  contentLength: string | null;
  maxBytes: number;
  /** The one upstream call that reads the checked stream: Upload File, or Create Candidate with the file. */
  send: (body: CvUploadBody) => Promise<R>;
  zipLimits?: ZipLimits;
};

export type CvUploadRequest = Omit<CvStreamRequest<UploadedDocument>, "send"> & { upload: (body: CvUploadBody) => Promise<UploadedDocument> };

/** A refusal the route turns into `{ error, code }` JSON with this status. */
export class CvUploadError extends Error {
  constructor(
    readonly code: "too_large" | "length_required" | "length_mismatch" | "empty" | "wrong_type" | "no_body",
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "CvUploadError";
  }
}

/** Keeps the base name only, without control characters or path parts, at most 200 characters. */
export function cleanFilename(raw: string | null): string {
  let name = raw ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: use as is.
  }
  name = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").split(/[\\/]/).pop()!.trim();
  if (name.length > 200) {
    const dot = name.lastIndexOf(".");
    const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : "";
    name = name.slice(0, 200 - extension.length) + extension;
  }
  return name || "cv";
}

/**
 * Streams one CV from the browser to Recruspace without holding it: the declared size is checked
 * before reading, every chunk is counted (erroring past the limit or the declared size) and the
 * first bytes decide the type before anything is sent upstream. A ZIP is inspected while it streams;
 * if it turns out not to be a DOCX the stream errors, which aborts the upstream request, and the
 * caller gets wrong_type. The checks run inside the one stream handed to the upload (no extra
 * stream hops per chunk), and a refusal never cancels the incoming body: the route decides what
 * happens to the rest of it.
 */
export async function streamCvUpload(request: CvUploadRequest): Promise<UploadedCv> {
  const { upload, ...rest } = request;
  const size = Number(request.contentLength);
  const filename = cleanFilename(request.filename);
  const document = await streamCheckedCv({ ...rest, send: upload });
  return { documentId: String(document.id), name: document.name || filename, size: document.file_size ?? size };
}

/** Streams a checked CV to `send` and answers what it answered (see streamCvUpload). */
export async function streamCheckedCv<R>(request: CvStreamRequest<R>): Promise<R> {
  const size = mapErrors(() => checkDeclaredLength(request.contentLength, request.maxBytes));
  if (!request.body) throw new CvUploadError("no_body", "No file was sent.", 400);
  const filename = cleanFilename(request.filename);

  const counter = new ByteCounter(request.maxBytes, size);
  const typeCheck = new CvTypeCheck(request.zipLimits);
  const reader = request.body.getReader();
  /** The next chunk that passed the checks, or null at the end (after the end-of-body checks). */
  const nextChecked = async (): Promise<Uint8Array | null> => {
    const { done, value } = await reader.read();
    if (done) {
      counter.finish();
      const verdict = typeCheck.finish();
      if (!verdict.ok) throw new CvContentError(verdict.reason);
      return null;
    }
    counter.count(value);
    const problem = typeCheck.feed(value);
    if (problem) throw new CvContentError(problem);
    return value;
  };

  // Read until the first bytes tell the container, so a wrong file is refused before any upload.
  const buffered: Uint8Array[] = [];
  let ended = false;
  try {
    while (typeCheck.kind === null) {
      const chunk = await nextChecked();
      if (chunk === null) {
        ended = true;
        break;
      }
      buffered.push(chunk);
    }
  } catch (error) {
    reader.releaseLock();
    throw toUploadError(error);
  }
  const kind = typeCheck.kind;
  if (kind === null || kind === "unknown") {
    reader.releaseLock();
    throw new CvUploadError("wrong_type", WRONG_TYPE_MESSAGE, 415);
  }

  let streamFailure: unknown = null;
  const forwarded = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = buffered.shift();
        if (next) return controller.enqueue(next);
        if (ended) return controller.close();
        try {
          const chunk = await nextChecked();
          if (chunk === null) {
            ended = true;
            controller.close();
          } else controller.enqueue(chunk);
        } catch (error) {
          streamFailure = error;
          reader.releaseLock();
          controller.error(error);
        }
      },
      cancel() {
        // The upload gave up (upstream failure): leave the incoming body to the route.
        reader.releaseLock();
      },
    },
    { highWaterMark: 0 },
  );

  const contentType = CV_MIME_TYPES[kind === "zip" ? "docx" : kind];
  let result: R;
  try {
    result = await request.send({ body: forwarded, filename, contentType, size });
  } catch (error) {
    // Our own stream refusal (too big, not a DOCX after all) explains the upstream failure best.
    if (streamFailure) throw toUploadError(streamFailure);
    throw error;
  }
  const verdict = typeCheck.finish();
  if (!verdict.ok) throw new CvUploadError("wrong_type", verdict.reason, 415);
  return result;
}

function mapErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toUploadError(error);
  }
}

function toUploadError(error: unknown): Error {
  if (error instanceof CvSizeError) return new CvUploadError(error.code, error.message, error.status);
  if (error instanceof CvContentError) return new CvUploadError("wrong_type", error.message, 415);
  return error instanceof Error ? error : new Error(String(error));
}
