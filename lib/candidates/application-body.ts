import { MAX_ENVELOPE_BYTES } from "./application-upload";

/**
 * Reading the application upload (./application-upload.ts describes it): the framing headers,
 * checked before a byte of the body is read, and the body cut into its consecutive parts.
 */

export type UploadRefusal = "length_required" | "envelope_invalid" | "files_mismatch" | "length_mismatch" | "cut_short";

/** The upload itself is wrong (not its answers); the route answers with this status. */
export class ApplicationUploadError extends Error {
  constructor(
    readonly reason: UploadRefusal,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApplicationUploadError";
  }
}

export type Framing = { contentLength: number; envelopeLength: number };

const DIGITS = /^[0-9]{1,16}$/;

export function readFraming(contentLength: string | null, envelopeLength: string | null): Framing {
  if (!contentLength || !DIGITS.test(contentLength.trim())) {
    throw new ApplicationUploadError("length_required", "The upload must say its size (Content-Length).", 411);
  }
  const envelope = Number(envelopeLength?.trim());
  if (!envelopeLength || !DIGITS.test(envelopeLength.trim()) || envelope === 0 || envelope > MAX_ENVELOPE_BYTES || envelope > Number(contentLength)) {
    throw new ApplicationUploadError("envelope_invalid", "The application could not be read. Reload the page and try again.", 400);
  }
  return { contentLength: Number(contentLength), envelopeLength: envelope };
}

/**
 * A body read as consecutive parts of known sizes: a part held in memory (the envelope) or streamed
 * (a file). Parts are read in order, and only as fast as their consumer pulls; a chunk that spans two
 * parts is split between them. `failure` says why the body could not be read to the end.
 */
export class SizedParts {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  /** Bytes already read that belong to the next part. */
  private rest: Uint8Array | null = null;
  failure: unknown = null;

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next `size` bytes, in memory. */
  async read(size: number): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let received = 0;
    while (received < size) {
      const chunk = await this.take(size - received);
      chunks.push(chunk);
      received += chunk.byteLength;
    }
    return Buffer.concat(chunks, size);
  }

  /** The next `size` bytes as a stream that reads the body only when pulled. */
  stream(size: number): ReadableStream<Uint8Array> {
    let left = size;
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          if (left === 0) return controller.close();
          const chunk = await this.take(left);
          left -= chunk.byteLength;
          controller.enqueue(chunk);
          if (left === 0) controller.close();
        },
        // No cancel(): when the consumer gives up (Recruspace failed), the route decides what happens to the rest of the body.
      },
      { highWaterMark: 0 },
    );
  }

  /** At most `max` bytes of the body; throws when it ended or broke first. */
  private async take(max: number): Promise<Uint8Array> {
    let chunk = this.rest;
    this.rest = null;
    if (!chunk) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await this.reader.read();
      } catch {
        throw (this.failure = cutShort());
      }
      if (next.done) throw (this.failure = cutShort());
      chunk = next.value;
    }
    if (chunk.byteLength <= max) return chunk;
    this.rest = chunk.subarray(max);
    return chunk.subarray(0, max);
  }
}

function cutShort(): ApplicationUploadError {
  return new ApplicationUploadError("cut_short", "The upload broke off before all of it arrived, so Recruspace got no complete application. Your input is kept; please try again.", 400);
}
