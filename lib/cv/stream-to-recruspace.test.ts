import { describe, expect, it } from "vitest";
import { recordingUpload } from "@/tests/support/recording-upload";
import { cleanFilename, CvUploadError, streamCvUpload } from "./stream-to-recruspace";
import { minimalDocx, minimalPdf } from "@/tests/support/files/documents";
import { buildZip } from "@/tests/support/files/zip";

function streamOf(bytes: Uint8Array, chunk = 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<CvUploadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CvUploadError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("streamCvUpload", () => {
  it("streams a PDF to the upload and returns the document id", async () => {
    const pdf = minimalPdf();
    const { calls, upload } = recordingUpload();
    const result = await streamCvUpload({ body: streamOf(pdf, 7), filename: "Ada%20CV.pdf", contentLength: String(pdf.length), maxBytes: 1e6, upload });
    expect(result).toEqual({ documentId: "20170", name: "Ada CV.pdf", size: pdf.length });
    expect(calls).toEqual([{ filename: "Ada CV.pdf", contentType: "application/pdf", size: pdf.length, received: pdf.length }]);
  });

  it("labels a DOCX by its content", async () => {
    const docx = minimalDocx();
    const { calls, upload } = recordingUpload();
    await streamCvUpload({ body: streamOf(docx), filename: "cv.docx", contentLength: String(docx.length), maxBytes: 1e6, upload });
    expect(calls[0]?.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("refuses an oversize Content-Length before reading or uploading", async () => {
    const { calls, upload } = recordingUpload();
    let read = false;
    const body = new ReadableStream<Uint8Array>({ pull: () => void (read = true) }, { highWaterMark: 0 });
    const error = await refusal(streamCvUpload({ body, filename: "big.pdf", contentLength: "2000001", maxBytes: 2_000_000, upload }));
    expect(error.status).toBe(413);
    expect(error.code).toBe("too_large");
    expect(read).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it("stops a body that outgrows a lying Content-Length", async () => {
    const big = new Uint8Array(50_000);
    big.set(minimalPdf().subarray(0, 8));
    const { upload } = recordingUpload();
    const error = await refusal(streamCvUpload({ body: streamOf(big), filename: "x.pdf", contentLength: "1000", maxBytes: 1e6, upload }));
    expect(error.code).toBe("length_mismatch");
  });

  it("refuses wrong content named .pdf before anything is uploaded", async () => {
    const fake = new TextEncoder().encode("this is plain text, not a PDF at all");
    const { calls, upload } = recordingUpload();
    const error = await refusal(streamCvUpload({ body: streamOf(fake), filename: "cv.pdf", contentLength: String(fake.length), maxBytes: 1e6, upload }));
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/not a PDF, DOC or DOCX/);
    expect(calls).toHaveLength(0);
  });

  it("aborts the upload of a zip bomb renamed .docx", async () => {
    const bomb = buildZip([{ name: "word/document.xml", data: new Uint8Array(20 * 1024 * 1024), deflate: true }]);
    const { calls, upload } = recordingUpload();
    const error = await refusal(streamCvUpload({ body: streamOf(bomb, 64), filename: "cv.docx", contentLength: String(bomb.length), maxBytes: 1e6, upload }));
    expect(error.code).toBe("wrong_type");
    expect(error.message).toMatch(/zip bomb/);
    expect(calls).toHaveLength(0);
  });

  it("aborts the upload of a body cut short of its Content-Length", async () => {
    const pdf = minimalPdf();
    const { calls, upload } = recordingUpload();
    const error = await refusal(streamCvUpload({ body: streamOf(pdf, 16), filename: "x.pdf", contentLength: String(pdf.length + 100), maxBytes: 1e6, upload }));
    expect(error).toMatchObject({ code: "length_mismatch", status: 400 });
    expect(calls).toHaveLength(0);
  });

  it("leaves a refused body uncancelled and unlocked, for the route to drain", async () => {
    let cancelled = false;
    const fake = new TextEncoder().encode("MZ this is an executable, not a PDF");
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(fake);
      },
      cancel: () => void (cancelled = true),
    });
    const { upload } = recordingUpload();
    await refusal(streamCvUpload({ body, filename: "cv.pdf", contentLength: String(fake.length * 2), maxBytes: 1e6, upload }));
    expect(cancelled).toBe(false);
    expect(body.locked).toBe(false);
  });

  it("refuses a zero-byte file and a missing length", async () => {
    const { upload } = recordingUpload();
    expect((await refusal(streamCvUpload({ body: streamOf(new Uint8Array(0)), filename: "e.pdf", contentLength: "0", maxBytes: 10, upload }))).code).toBe("empty");
    expect((await refusal(streamCvUpload({ body: streamOf(minimalPdf()), filename: "e.pdf", contentLength: null, maxBytes: 1e6, upload }))).status).toBe(411);
  });
});

describe("cleanFilename", () => {
  it("keeps the base name without control characters or paths", () => {
    expect(cleanFilename("..%2F..%2Fetc%2Fpasswd")).toBe("passwd");
    expect(cleanFilename("C:\\Users\\ada\\cv.pdf")).toBe("cv.pdf");
    expect(cleanFilename("cv\u0000\n.pdf")).toBe("cv.pdf");
    expect(cleanFilename(null)).toBe("cv");
    expect(cleanFilename(`${"a".repeat(300)}.docx`)).toHaveLength(200);
    expect(cleanFilename(`${"a".repeat(300)}.docx`).endsWith(".docx")).toBe(true);
    expect(cleanFilename("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
