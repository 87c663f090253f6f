/**
 * Decides what a CV really is from its bytes, not its name: PDF ("%PDF-"), legacy Word (an OLE2
 * compound file) or DOCX (a ZIP that holds word/document.xml). The ZIP walk is streaming: it reads
 * local file headers as bytes go by and skips entry data without inflating it, so it works on an
 * upload that is never held in memory, and it refuses archives built to explode (zip bombs).
 * Written here because file-type@22 needs Node 22.
 */

export type CvKind = "pdf" | "doc" | "docx";

export const CV_MIME_TYPES: Record<CvKind, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export type SniffOutcome = { ok: true; kind: CvKind } | { ok: false; reason: string };

export const WRONG_TYPE_MESSAGE = "This file is not a PDF, DOC or DOCX document (checked by its content, not its name).";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** How many leading bytes decide the container format. */
export const MAGIC_BYTES_NEEDED = 8;

export type Container = "pdf" | "doc" | "zip" | "unknown";

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/**
 * The container format from the first bytes. The OLE2 signature is shared by old Excel and
 * PowerPoint files; telling them apart needs the compound file's directory, which may sit anywhere
 * in the file, so a legacy .doc is accepted on its signature (as Recruspace itself does).
 */
export function sniffContainer(head: Uint8Array): Container {
  if (startsWith(head, PDF_MAGIC)) return "pdf";
  if (startsWith(head, OLE2_MAGIC)) return "doc";
  if (startsWith(head, ZIP_LOCAL_MAGIC)) return "zip";
  return "unknown";
}

export type ZipLimits = {
  /** A DOCX has a few dozen entries; thousands mean something else (or an attack on the parser). */
  maxEntries: number;
  maxEntryUncompressedBytes: number;
  maxTotalUncompressedBytes: number;
  /** Uncompressed/compressed beyond this, for entries above 1 MiB, is a bomb (XML compresses ~10-30x). */
  maxCompressionRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryUncompressedBytes: 100 * 1024 * 1024,
  maxTotalUncompressedBytes: 250 * 1024 * 1024,
  maxCompressionRatio: 200,
};

const LOCAL_HEADER_SIZE = 30;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const RATIO_CHECK_FROM = 1024 * 1024;

/**
 * Walks a ZIP's local file headers from a stream of chunks. Holds at most one header in memory.
 * After an error every further push is ignored; `finish()` gives the verdict.
 */
export class ZipInspector {
  private pending: Uint8Array = new Uint8Array(0);
  private skip = 0;
  /** After an entry with a data descriptor its size is unknown: look for the next signature. */
  private scanning = false;
  private done = false;
  private entries = 0;
  private totalUncompressed = 0;
  private sawDocumentXml = false;
  private failure: string | null = null;

  constructor(private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS) {}

  get error(): string | null {
    return this.failure;
  }

  get foundWordDocument(): boolean {
    return this.sawDocumentXml;
  }

  push(chunk: Uint8Array): void {
    if (this.failure || this.done || chunk.length === 0) return;
    let data = chunk;
    if (this.skip > 0) {
      const skipped = Math.min(this.skip, data.length);
      this.skip -= skipped;
      data = data.subarray(skipped);
      if (data.length === 0) return;
    }
    this.pending = this.pending.length ? concat(this.pending, data) : data;
    this.drain();
  }

  finish(): SniffOutcome {
    if (this.failure) return { ok: false, reason: this.failure };
    if (this.entries === 0) return { ok: false, reason: "This ZIP file is empty or damaged." };
    if (!this.sawDocumentXml) return { ok: false, reason: `${WRONG_TYPE_MESSAGE} (A ZIP without word/document.xml is not a Word document.)` };
    return { ok: true, kind: "docx" };
  }

  private fail(reason: string): void {
    this.failure = reason;
    this.pending = new Uint8Array(0);
  }

  private drain(): void {
    while (!this.failure && !this.done) {
      if (this.skip > 0) {
        const skipped = Math.min(this.skip, this.pending.length);
        this.skip -= skipped;
        this.pending = this.pending.subarray(skipped);
        if (this.skip > 0) return;
      }
      if (this.scanning && !this.scanToNextSignature()) return;
      if (this.pending.length < 4) return;
      const view = new DataView(this.pending.buffer, this.pending.byteOffset, this.pending.byteLength);
      const signature = view.getUint32(0, true);
      if (signature === SIG_CENTRAL || signature === SIG_END) {
        this.done = true;
        this.pending = new Uint8Array(0);
        return;
      }
      if (signature !== SIG_LOCAL) return this.fail("This ZIP file is damaged (unexpected data between entries).");
      if (this.pending.length < LOCAL_HEADER_SIZE) return;
      const nameLength = view.getUint16(26, true);
      const extraLength = view.getUint16(28, true);
      const headerLength = LOCAL_HEADER_SIZE + nameLength + extraLength;
      if (this.pending.length < headerLength) return;
      this.readEntry(view, nameLength, headerLength);
    }
  }

  private readEntry(view: DataView, nameLength: number, headerLength: number): void {
    const flags = view.getUint16(6, true);
    const compressed = view.getUint32(18, true);
    const uncompressed = view.getUint32(22, true);
    const name = new TextDecoder().decode(this.pending.subarray(LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength));
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) return this.fail(`This ZIP file has too many entries (over ${this.limits.maxEntries}); it is not a CV.`);
    if (flags & 0x1) return this.fail("This document is encrypted; upload an unprotected copy.");
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return this.fail("This ZIP file is far too large to be a CV.");
    if (uncompressed > this.limits.maxEntryUncompressedBytes) return this.fail("This ZIP file unpacks to an absurd size (a zip bomb?); it was refused.");
    this.totalUncompressed += uncompressed;
    if (this.totalUncompressed > this.limits.maxTotalUncompressedBytes) return this.fail("This ZIP file unpacks to an absurd size (a zip bomb?); it was refused.");
    if (uncompressed >= RATIO_CHECK_FROM && uncompressed / Math.max(compressed, 1) > this.limits.maxCompressionRatio) {
      return this.fail("This ZIP file is compressed suspiciously well (a zip bomb?); it was refused.");
    }
    if (name === "word/document.xml") this.sawDocumentXml = true;
    this.pending = this.pending.subarray(headerLength);
    const hasDataDescriptor = (flags & 0x8) !== 0;
    if (hasDataDescriptor && compressed === 0) this.scanning = true;
    else this.skip = compressed;
  }

  /** Drops bytes up to the next local or central header signature; false while none is in sight. */
  private scanToNextSignature(): boolean {
    for (let i = 0; i + 3 < this.pending.length; i++) {
      if (this.pending[i] === 0x50 && this.pending[i + 1] === 0x4b) {
        const a = this.pending[i + 2];
        const b = this.pending[i + 3];
        if ((a === 0x03 && b === 0x04) || (a === 0x01 && b === 0x02) || (a === 0x05 && b === 0x06)) {
          this.pending = this.pending.subarray(i);
          this.scanning = false;
          return true;
        }
      }
    }
    // Keep the last 3 bytes: a signature may straddle two chunks.
    this.pending = this.pending.subarray(Math.max(0, this.pending.length - 3));
    return false;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The verdict on a whole file held in memory (tests, small inputs). */
export function detectCvType(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): SniffOutcome {
  if (bytes.length === 0) return { ok: false, reason: "The file is empty." };
  const container = sniffContainer(bytes);
  if (container === "pdf" || container === "doc") return { ok: true, kind: container };
  if (container === "unknown") return { ok: false, reason: WRONG_TYPE_MESSAGE };
  const inspector = new ZipInspector(limits);
  inspector.push(bytes);
  return inspector.finish();
}

/**
 * A pass-through stream that checks the type as the bytes flow: it errors (which aborts the
 * upstream upload) as soon as the content is not a CV, or at the end when a ZIP never showed
 * word/document.xml. `verdict()` says what it found.
 */
export class CvTypeCheck {
  private head: Uint8Array = new Uint8Array(0);
  private container: Container | null = null;
  private readonly zip: ZipInspector;
  private total = 0;
  readonly stream: TransformStream<Uint8Array, Uint8Array>;
  private outcome: SniffOutcome | null = null;

  constructor(limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    this.zip = new ZipInspector(limits);
    this.stream = new TransformStream({
      transform: (chunk, controller) => {
        const problem = this.feed(chunk);
        if (problem) return controller.error(new CvContentError(problem));
        controller.enqueue(chunk);
      },
      flush: (controller) => {
        const verdict = this.finish();
        if (!verdict.ok) controller.error(new CvContentError(verdict.reason));
      },
    });
  }

  /** Feeds bytes; returns a reason as soon as the content is known to be wrong. */
  feed(chunk: Uint8Array): string | null {
    this.total += chunk.length;
    if (this.container === null) {
      // Until the container is known every byte so far is kept (fewer than 8 before this chunk).
      this.head = concat(this.head, chunk);
      const container = sniffContainer(this.head);
      // "%PDF-" decides at 5 bytes; the OLE2 and ZIP signatures need more, so wait for 8.
      if (container === "unknown" && this.head.length < MAGIC_BYTES_NEEDED) return null;
      this.container = container;
      if (container === "unknown") return WRONG_TYPE_MESSAGE;
      if (container === "zip") this.zip.push(this.head);
      this.head = new Uint8Array(0);
      return this.zip.error;
    }
    if (this.container === "zip") {
      this.zip.push(chunk);
      return this.zip.error;
    }
    return null;
  }

  finish(): SniffOutcome {
    if (this.outcome) return this.outcome;
    if (this.total === 0) this.outcome = { ok: false, reason: "The file is empty." };
    else if (this.container === null) this.outcome = { ok: false, reason: WRONG_TYPE_MESSAGE };
    else if (this.container === "zip") this.outcome = this.zip.finish();
    else if (this.container === "unknown") this.outcome = { ok: false, reason: WRONG_TYPE_MESSAGE };
    else this.outcome = { ok: true, kind: this.container };
    return this.outcome;
  }

  /** The container as soon as the first bytes were seen (null before). */
  get kind(): Container | null {
    return this.container;
  }

  get zipError(): string | null {
    return this.zip.error;
  }
}

export class CvContentError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CvContentError";
  }
}
