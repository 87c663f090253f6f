import { randomBytes } from "node:crypto";
import type { UploadBody } from "./schemas";

/**
 * Hand-built multipart/form-data that streams the file: the exact Content-Length is known up front
 * (preamble + file size + epilogue), and the file bytes are piped through without being buffered.
 * Field and file names are encoded like browsers do (WHATWG): CR, LF and `"` become %0D, %0A, %22.
 */

export type MultipartTextField = { name: string; value: string };

export const SIZE_MISMATCH_MESSAGE = "The file did not arrive complete (its size does not match). Please upload it again.";

/** The file's bytes did not match its declared size (e.g. the incoming upload was cut off). */
export class UploadSizeMismatchError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "UploadSizeMismatchError";
  }
}

export type MultipartRequest = {
  /** Form field holding the file, to name it in a size-mismatch error. */
  fileField: string;
  contentType: string;
  contentLength: number;
  /** True when makeBody() can be called again (Blob/Uint8Array file); a ReadableStream can be sent once. */
  replayable: boolean;
  /** The body to hand to fetch; for a stream file this may be called only once. */
  makeBody(): ReadableStream<Uint8Array> | Blob;
};

const encoder = new TextEncoder();
const CRLF = "\r\n";

export function escapeHeaderParam(value: string): string {
  return value.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}

export function newBoundary(): string {
  return `----RecruspaceAdminBoundary${randomBytes(16).toString("hex")}`;
}

export function buildMultipart(
  fields: MultipartTextField[],
  file: { fieldName: string } & UploadBody,
  boundary: string = newBoundary(),
): MultipartRequest {
  if (!Number.isSafeInteger(file.size) || file.size < 0) throw new RangeError("file size must be a non-negative integer");
  let preambleText = "";
  for (const field of fields) {
    preambleText += `--${boundary}${CRLF}Content-Disposition: form-data; name="${escapeHeaderParam(field.name)}"${CRLF}${CRLF}${field.value}${CRLF}`;
  }
  const contentType = file.contentType.replace(/[\r\n]/g, "") || "application/octet-stream";
  preambleText +=
    `--${boundary}${CRLF}` +
    `Content-Disposition: form-data; name="${escapeHeaderParam(file.fieldName)}"; filename="${escapeHeaderParam(file.filename)}"${CRLF}` +
    `Content-Type: ${contentType}${CRLF}${CRLF}`;
  const preamble = encoder.encode(preambleText);
  const epilogue = encoder.encode(`${CRLF}--${boundary}--${CRLF}`);
  const contentLength = preamble.byteLength + file.size + epilogue.byteLength;
  const header = `multipart/form-data; boundary=${boundary}`;
  const body = file.body;

  if (body instanceof Uint8Array || body instanceof Blob) {
    const actual = body instanceof Blob ? body.size : body.byteLength;
    if (actual !== file.size) throw new UploadSizeMismatchError(`file size mismatch: declared ${file.size}, actual ${actual}`);
    // A Blob made of parts references them; nothing is copied, and it can be sent again on a retry.
    return { fileField: file.fieldName, contentType: header, contentLength, replayable: true, makeBody: () => new Blob([preamble, body as BlobPart, epilogue]) };
  }

  let used = false;
  return {
    fileField: file.fieldName,
    contentType: header,
    contentLength,
    replayable: false,
    makeBody() {
      if (used) throw new Error("a streamed multipart body can be sent only once");
      used = true;
      return framedStream(preamble, body, file.size, epilogue);
    },
  };
}

/** preamble, then the source's chunks (checked against the declared size), then the epilogue. */
function framedStream(preamble: Uint8Array, source: ReadableStream<Uint8Array>, size: number, epilogue: Uint8Array): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let stage: "preamble" | "file" | "done" = "preamble";
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === "preamble") {
        stage = "file";
        controller.enqueue(preamble);
        return;
      }
      if (stage === "done") return;
      const { done, value } = await reader.read();
      if (done) {
        stage = "done";
        if (sent !== size) {
          controller.error(new UploadSizeMismatchError(`file size mismatch: declared ${size}, streamed ${sent}`));
          return;
        }
        controller.enqueue(epilogue);
        controller.close();
        return;
      }
      sent += value.byteLength;
      if (sent > size) {
        stage = "done";
        await reader.cancel().catch(() => undefined);
        controller.error(new UploadSizeMismatchError(`file size mismatch: declared ${size}, streamed more`));
        return;
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}
