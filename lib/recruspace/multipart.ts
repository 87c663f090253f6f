import { randomBytes } from "node:crypto";
import type { UploadBody } from "./schemas";

/**
 * Hand-built multipart/form-data that streams its files: the exact Content-Length is known up front
 * (the framing's bytes + each file's declared size), and the file bytes are piped through without
 * being buffered, one file after the other. Field and file names are encoded like browsers do
 * (WHATWG): CR, LF and `"` become %0D, %0A, %22.
 */

export type MultipartTextField = { name: string; value: string };

/** A file part: the form field that holds it and its body with the size it declares. */
export type MultipartFilePart = { fieldName: string } & UploadBody;

export const SIZE_MISMATCH_MESSAGE = "The file did not arrive complete (its size does not match). Please upload it again.";

/** The file's bytes did not match its declared size (e.g. the incoming upload was cut off). */
export class UploadSizeMismatchError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "UploadSizeMismatchError";
  }
}

export type MultipartRequest = {
  /** The form field a size mismatch is reported on. */
  fileField: string;
  contentType: string;
  contentLength: number;
  /** True when makeBody() can be called again (Blob/Uint8Array files); a ReadableStream can be sent once. */
  replayable: boolean;
  /** The body to hand to fetch; with a streamed file this may be called only once. */
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

/** Text fields and one streamed file (Create Candidate, Upload File). */
export function buildMultipart(fields: MultipartTextField[], file: MultipartFilePart, boundary: string = newBoundary()): MultipartRequest {
  return buildMultipartWithFiles({ fields, files: [file], mismatchField: file.fieldName, boundary });
}

/**
 * Text fields, then the files in order, each streamed and checked against its declared size.
 * `mismatchField` names the field a size mismatch is reported on when several files share a request.
 */
export function buildMultipartWithFiles({
  fields,
  files,
  mismatchField,
  boundary = newBoundary(),
}: {
  fields: MultipartTextField[];
  files: MultipartFilePart[];
  mismatchField: string;
  boundary?: string;
}): MultipartRequest {
  for (const file of files) {
    if (!Number.isSafeInteger(file.size) || file.size < 0) throw new RangeError("file size must be a non-negative integer");
  }
  // Framing text before each file (its part header, after the fields or the previous file) and after the last.
  let pending = fields.map((field) => `--${boundary}${CRLF}Content-Disposition: form-data; name="${escapeHeaderParam(field.name)}"${CRLF}${CRLF}${field.value}${CRLF}`).join("");
  const heads = files.map((file) => {
    const contentType = file.contentType.replace(/[\r\n]/g, "") || "application/octet-stream";
    const head = encoder.encode(
      pending +
        `--${boundary}${CRLF}` +
        `Content-Disposition: form-data; name="${escapeHeaderParam(file.fieldName)}"; filename="${escapeHeaderParam(file.filename)}"${CRLF}` +
        `Content-Type: ${contentType}${CRLF}${CRLF}`,
    );
    pending = CRLF;
    return head;
  });
  const closing = encoder.encode(`${files.length ? CRLF : pending}--${boundary}--${CRLF}`);
  const contentLength = heads.reduce((sum, head, i) => sum + head.byteLength + files[i]!.size, closing.byteLength);
  const request = { fileField: mismatchField, contentType: `multipart/form-data; boundary=${boundary}`, contentLength };

  if (files.every((file) => file.body instanceof Uint8Array || file.body instanceof Blob)) {
    for (const file of files) {
      const actual = file.body instanceof Blob ? file.body.size : (file.body as Uint8Array).byteLength;
      if (actual !== file.size) throw new UploadSizeMismatchError(`${file.fieldName}: size mismatch: declared ${file.size}, actual ${actual}`);
    }
    // A Blob made of parts references them; nothing is copied, and it can be sent again on a retry.
    const parts = files.flatMap((file, i) => [heads[i]!, file.body as BlobPart]);
    return { ...request, replayable: true, makeBody: () => new Blob([...parts, closing]) };
  }

  let used = false;
  return {
    ...request,
    replayable: false,
    makeBody() {
      if (used) throw new Error("a streamed multipart body can be sent only once");
      used = true;
      return framedStream(heads, files, closing);
    },
  };
}

/** Each file's head, then the file's chunks (checked against its declared size); then the closing boundary. */
function framedStream(heads: Uint8Array[], files: MultipartFilePart[], closing: Uint8Array): ReadableStream<Uint8Array> {
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let sent = 0;
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Each pull enqueues, closes or errors: a pull that does none of these would stall the reader.
        while (!finished) {
          const file = files[index];
          if (!file) {
            finished = true;
            controller.enqueue(closing);
            return controller.close();
          }
          if (!reader) {
            reader = sourceOf(file.body).getReader();
            sent = 0;
            return controller.enqueue(heads[index]!);
          }
          const { done, value } = await reader.read();
          if (done) {
            reader = null;
            index += 1;
            if (sent === file.size) continue;
            finished = true;
            return controller.error(new UploadSizeMismatchError(`${file.fieldName}: size mismatch: declared ${file.size}, streamed ${sent}`));
          }
          sent += value.byteLength;
          if (sent > file.size) {
            finished = true;
            await reader.cancel().catch(() => undefined);
            return controller.error(new UploadSizeMismatchError(`${file.fieldName}: size mismatch: declared ${file.size}, streamed more`));
          }
          return controller.enqueue(value);
        }
      },
      async cancel(reason) {
        await reader?.cancel(reason).catch(() => undefined);
      },
    },
    // Nothing is read ahead: a file's next chunk is read only when the upstream request asks for more.
    { highWaterMark: 0 },
  );
}

function sourceOf(body: UploadBody["body"]): ReadableStream<Uint8Array> {
  if (body instanceof ReadableStream) return body;
  if (body instanceof Blob) return body.stream();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}
