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
 * Counts bytes as they arrive; throws CvSizeError as soon as more than `limit` bytes arrived
 * (a client can lie about Content-Length), and at `finish()` when fewer than `expected` came
 * (a cut-short body must not reach Recruspace as if it were the whole CV).
 */
export class ByteCounter {
  private seen = 0;

  constructor(
    private readonly limit: number,
    private readonly expected?: number,
  ) {}

  get bytes(): number {
    return this.seen;
  }

  count(chunk: Uint8Array): void {
    this.seen += chunk.byteLength;
    if (this.seen > this.limit) throw new CvSizeError("too_large", tooLargeMessage(this.limit), 413);
    if (this.expected !== undefined && this.seen > this.expected) {
      throw new CvSizeError("length_mismatch", "The upload sent more bytes than it announced.", 400);
    }
  }

  finish(): void {
    if (this.expected !== undefined && this.seen !== this.expected) {
      throw new CvSizeError("length_mismatch", "The upload was cut short; please try again.", 400);
    }
  }
}
