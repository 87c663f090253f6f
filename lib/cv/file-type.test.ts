import { describe, expect, it } from "vitest";
import { forEachChunk } from "@/tests/support/read-stream";
import { CvTypeCheck, detectCvType, sniffContainer, ZipInspector } from "./file-type";
import { minimalDocx, minimalPdf, oleDocHead } from "@/tests/support/files/documents";
import { buildZip } from "@/tests/support/files/zip";

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function throughCheck(bytes: Uint8Array, chunkSize: number) {
  const check = new CvTypeCheck();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of chunked(bytes, chunkSize)) controller.enqueue(part);
      controller.close();
    },
  });
  let received = 0;
  let failure: unknown = null;
  try {
    await forEachChunk(source.pipeThrough(check.stream), (part) => (received += part.length));
  } catch (error) {
    failure = error;
  }
  return { received, failure, verdict: check.finish() };
}

describe("detectCvType", () => {
  it("recognises PDF, DOC and DOCX by content", () => {
    expect(detectCvType(minimalPdf())).toEqual({ ok: true, kind: "pdf" });
    expect(detectCvType(oleDocHead())).toEqual({ ok: true, kind: "doc" });
    expect(detectCvType(minimalDocx())).toEqual({ ok: true, kind: "docx" });
  });

  it("refuses a zero-byte file", () => {
    expect(detectCvType(new Uint8Array(0))).toEqual({ ok: false, reason: "The file is empty." });
  });

  it("refuses other content whatever it is called (text, PNG, HTML)", () => {
    for (const bytes of [
      new TextEncoder().encode("just some text pretending to be a PDF"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      new TextEncoder().encode("<html><script>alert(1)</script></html>"),
      new TextEncoder().encode("%PD"),
    ]) {
      const verdict = detectCvType(bytes);
      expect(verdict.ok).toBe(false);
    }
  });

  it("refuses a ZIP that is not a Word document (an .xlsx, a plain archive)", () => {
    const xlsx = buildZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.xml", data: "<workbook/>" }]);
    const verdict = detectCvType(xlsx);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/word\/document\.xml/);
  });

  it("refuses a deflate zip bomb renamed .docx", () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: new Uint8Array(30 * 1024 * 1024), deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const verdict = detectCvType(bomb);
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/zip bomb/) });
  });

  it("refuses entries that declare absurd sizes", () => {
    const liar = buildZip([{ name: "word/document.xml", data: "<w/>", declaredSize: 0xfffffffe }]);
    expect(detectCvType(liar)).toEqual({ ok: false, reason: expect.stringMatching(/absurd size|far too large/) });
  });

  it("refuses absurd entry counts", () => {
    const many = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.xml`, data: "x" })));
    const verdict = detectCvType(many, { maxEntries: 20, maxEntryUncompressedBytes: 1e9, maxTotalUncompressedBytes: 1e9, maxCompressionRatio: 1e6 });
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/too many entries/) });
  });

  it("follows entries written with data descriptors (sizes unknown up front)", () => {
    const streamed = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>", deflate: true, dataDescriptor: true },
      { name: "word/document.xml", data: "<w:document/>", deflate: true, dataDescriptor: true },
    ]);
    expect(detectCvType(streamed)).toEqual({ ok: true, kind: "docx" });
  });

  it("refuses a damaged ZIP", () => {
    const docx = minimalDocx();
    const damaged = docx.slice(0, 60);
    damaged.set([1, 2, 3, 4], 40);
    expect(detectCvType(damaged).ok).toBe(false);
  });
});

describe("sniffContainer", () => {
  it("needs the full signature", () => {
    expect(sniffContainer(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe("unknown");
    expect(sniffContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe("zip");
  });
});

describe("ZipInspector fed in tiny chunks", () => {
  it("gives the same verdict as a single buffer", () => {
    for (const size of [1, 3, 7, 64]) {
      const inspector = new ZipInspector();
      for (const part of chunked(minimalDocx(), size)) inspector.push(part);
      expect(inspector.finish()).toEqual({ ok: true, kind: "docx" });
    }
  });
});

describe("CvTypeCheck stream", () => {
  it("passes a PDF or DOCX through unchanged, whatever the chunking", async () => {
    for (const [bytes, kind] of [
      [minimalPdf(), "pdf"],
      [minimalDocx(), "docx"],
    ] as const) {
      for (const size of [1, 2, 5, 4096]) {
        const { received, failure, verdict } = await throughCheck(bytes, size);
        expect(failure).toBeNull();
        expect(received).toBe(bytes.length);
        expect(verdict).toEqual({ ok: true, kind });
      }
    }
  });

  it("errors the stream on wrong content", async () => {
    const { failure } = await throughCheck(new TextEncoder().encode("MZ\x90\x00 an executable named cv.pdf"), 4);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/not a PDF, DOC or DOCX/);
  });

  it("errors the stream at the end when a ZIP never shows word/document.xml", async () => {
    const { failure } = await throughCheck(buildZip([{ name: "a.txt", data: "hello" }]), 16);
    expect((failure as Error).message).toMatch(/word\/document\.xml/);
  });

  it("errors the stream mid-way on a zip bomb", async () => {
    const bomb = buildZip([{ name: "word/document.xml", data: new Uint8Array(20 * 1024 * 1024), deflate: true }]);
    const { failure } = await throughCheck(bomb, 1024);
    expect((failure as Error).message).toMatch(/zip bomb/);
  });
});
