import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTROL_CHARS, isClearMessage } from "@/tests/support/hostile";
import { cleanFilename, CvUploadError, streamCvUpload, type CvUploadBody } from "./stream-to-recruspace";
import { CvTypeCheck, detectCvType, WRONG_TYPE_MESSAGE } from "./file-type";
import { forEachChunk } from "@/tests/support/read-stream";
import { minimalDocx, minimalPdf } from "@/tests/support/files/documents";
import { buildZip } from "@/tests/support/files/zip";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ZIP_BOMB = buildZip([
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "word/document.xml", data: new Uint8Array(24 * 1024 * 1024), deflate: true },
]);
const XLSX = buildZip([{ name: "xl/workbook.xml", data: "<workbook/>", deflate: true }]);
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");

/** Splits bytes at the given (sorted, deduplicated) cut points into a stream. */
function streamOf(bytes: Uint8Array, cuts: number[] = []): ReadableStream<Uint8Array> {
  const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  const parts = points.slice(1).map((end, i) => bytes.slice(points[i]!, end));
  return new ReadableStream({
    pull(controller) {
      const next = parts.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
}

function recordingUpload() {
  const received: { contentType: string; bytes: number }[] = [];
  return {
    received,
    upload: async (body: CvUploadBody) => {
      let bytes = 0;
      await forEachChunk(body.body, (chunk) => (bytes += chunk.length));
      received.push({ contentType: body.contentType, bytes });
      return { id: 1, name: body.filename, file_size: bytes };
    },
  };
}

async function outcome(bytes: Uint8Array, options: { name?: string; declared?: string | null; max?: number; cuts?: number[] } = {}) {
  const { received, upload } = recordingUpload();
  try {
    const result = await streamCvUpload({
      body: streamOf(bytes, options.cuts),
      filename: options.name ?? "cv.docx",
      contentLength: options.declared === undefined ? String(bytes.length) : options.declared,
      maxBytes: options.max ?? 1024 * 1024,
      upload,
    });
    return { ok: true as const, result, received };
  } catch (error) {
    if (error instanceof CvUploadError) return { ok: false as const, error, received };
    throw error;
  }
}

describe("CV upload under hostile files (property-based and table-driven)", () => {
  it("a file name is always reduced to a bounded base name without control characters or path parts", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom("../../etc/passwd", "C:\\x\\..\\cv.pdf", "%2e%2e%2fcv.pdf", "%E0%A4%A", "cv\u0000.pdf", "\u202ecod.exe")), (raw) => {
        const name = cleanFilename(raw);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(200);
        expect(name).not.toMatch(CONTROL_CHARS);
        expect(name).not.toMatch(/[\\/]/);
      }),
      { numRuns: 500 },
    );
  });

  it("any bytes get a verdict without throwing; bytes without a PDF/DOC/ZIP signature are refused", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const verdict = detectCvType(bytes);
        const signed = [0x25, 0xd0, 0x50].includes(bytes[0] ?? -1);
        if (!signed) expect(verdict.ok).toBe(false);
        if (!verdict.ok) expect(isClearMessage(verdict.reason), verdict.reason).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("the streaming check reaches the same verdict as the whole-file check, however the bytes are chunked", () => {
    const corpus = [minimalPdf(), minimalDocx(), ZIP_BOMB, XLSX, PNG, HTML, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])];
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(fc.nat(), { maxLength: 12 }), (bytes, cuts) => {
        const check = new CvTypeCheck();
        const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
        let early: string | null = null;
        for (let i = 1; i < points.length && !early; i++) early = check.feed(bytes.subarray(points[i - 1]!, points[i]!));
        const streamed = early ? { ok: false } : check.finish();
        expect(streamed.ok).toBe(detectCvType(bytes).ok);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses hostile files with a clear message and sends nothing (or nothing complete) upstream", async () => {
    const cases: { label: string; bytes: Uint8Array; name?: string; declared?: string | null; code: CvUploadError["code"] }[] = [
      { label: "zero bytes", bytes: new Uint8Array(0), code: "empty" },
      { label: "over the limit by its declared size", bytes: minimalPdf(), declared: String(2 * 1024 * 1024), code: "too_large" },
      { label: "no declared size", bytes: minimalPdf(), declared: null, code: "length_required" },
      { label: "declared size not a number", bytes: minimalPdf(), declared: "1e3", code: "length_required" },
      { label: "more bytes than declared", bytes: minimalPdf(), declared: "100", code: "length_mismatch" },
      { label: "a PNG named .pdf", bytes: PNG, name: "cv.pdf", code: "wrong_type" },
      { label: "HTML named .doc", bytes: HTML, name: "cv.doc", code: "wrong_type" },
      { label: "a spreadsheet renamed .docx", bytes: XLSX, code: "wrong_type" },
      { label: "a zip bomb renamed .docx", bytes: ZIP_BOMB, code: "wrong_type" },
    ];
    for (const testCase of cases) {
      const result = await outcome(testCase.bytes, testCase);
      expect(result.ok, testCase.label).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, testCase.label).toBe(testCase.code);
      expect(isClearMessage(result.error.message), `${testCase.label}: ${result.error.message}`).toBe(true);
      expect(result.error.status).toBeGreaterThanOrEqual(400);
      // Upstream either never saw the body or saw it aborted: never a complete hostile file.
      for (const upload of result.received) expect(upload.bytes).toBeLessThan(testCase.bytes.length);
    }
  });

  it("a body larger than the limit but declaring a small size is cut off as soon as it overflows", async () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(minimalPdf().subarray(0, 16));
    const result = await outcome(big, { declared: "1000", max: 1024 * 1024, cuts: [4096, 8192, 65536] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(["length_mismatch", "too_large"]).toContain(result.error.code);
  });

  it("accepts a real document whatever it is called, labelled by its content", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(["pdf", minimalPdf()] as const, ["docx", minimalDocx()] as const), fc.string({ maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), async ([kind, bytes], name, cuts) => {
        const result = await outcome(bytes, { name, cuts });
        expect(result.ok).toBe(true);
        expect(result.received).toHaveLength(1);
        expect(result.received[0]!.bytes).toBe(bytes.length);
        expect(result.received[0]!.contentType).toBe(kind === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }),
      { numRuns: 60 },
    );
  });

  it("the wrong-type message says the content was checked", () => {
    expect(WRONG_TYPE_MESSAGE).toMatch(/content/);
  });
});
