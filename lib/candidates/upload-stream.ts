import { formatBytes } from "./limits";

/** An upload refused for its size; carries the HTTP status the route answers with. */
export class CvSizeError extends Error {
  constructor(
    readonly code: "too_large" | "length_required" | "length_mismatch" | "empty",
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "CvSizeError";
  }
}

export function tooLargeMessage(limit: number): string {
  return `The CV is larger than the ${formatBytes(limit)} limit. Please upload a smaller file.`;
}

/**
 * Checks the Content-Length header before a single body byte is read: missing → 411 (the upstream
 * upload needs the size up front), over the limit → 413, zero → 400.
 */
export function checkDeclaredLength(header: string | null, limit: number): number {
  if (header === null || header.trim() === "") {
    throw new CvSizeError("length_required", "The upload must say its size (Content-Length).", 411);
  }
  if (!/^[0-9]{1,16}$/.test(header.trim())) {
    throw new CvSizeError("length_required", "The upload's Content-Length is not a number.", 400);
  }
  const size = Number(header.trim());
  if (size > limit) throw new CvSizeError("too_large", tooLargeMessage(limit), 413);
  if (size === 0) throw new CvSizeError("empty", "The file is empty.", 400);
  return size;
}

/**
 * Passes bytes through while counting them; errors as soon as more than `limit` bytes arrived
 * (a client can lie about Content-Length), and at the end when fewer than `expected` came
 * (a cut-short body must not reach Recruspace as if it were the whole CV).
 */
export function countingStream(limit: number, expected?: number): TransformStream<Uint8Array, Uint8Array> & { bytes(): number } {
  let seen = 0;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) return controller.error(new CvSizeError("too_large", tooLargeMessage(limit), 413));
      if (expected !== undefined && seen > expected) {
        return controller.error(new CvSizeError("length_mismatch", "The upload sent more bytes than it announced.", 400));
      }
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (expected !== undefined && seen !== expected) {
        controller.error(new CvSizeError("length_mismatch", "The upload was cut short; please try again.", 400));
      }
    },
  });
  return Object.assign(stream, { bytes: () => seen });
}
