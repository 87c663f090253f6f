/// <reference lib="webworker" />
// Reads a dropped CV off the main thread: pdf.js (text content with positions) or mammoth (DOCX
// text), then the field heuristics of lib/cv-fields. Nothing leaves this worker but the fields.
import { isSupportedCountry, type CountryCode } from "libphonenumber-js";
import { readCvFile, type CvReading, type Extractors } from "@/lib/cv-fields/read-file";

/** `warm`: the user is about to give a file (one is dragged over the page, the file picker opened). */
export type ReadCvRequest = { id: number; file: Blob } | { warm: "pdf" | "docx" };
export type ReadCvAnswer = { id: number; reading: CvReading };

// Each parser is loaded on first need, and only the one the file needs: pdf.js and its worker code are
// most of the bytes, and evaluating them (about a second on a slow phone) is most of a first drop's time.
// A load that failed is tried again by the next read.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadPdf = once(async () => {
  // pdf.js's worker code, run in-thread (its "fake worker"): this is already a worker, and a nested one
  // would need another script for the CSP to allow. Importing it sets globalThis.pdfjsWorker, which
  // getDocument then uses; it also listens on this worker's port for pdf.js's own protocol, which no
  // message of ours speaks (the page ignores its "ready" hello).
  await import("pdfjs-dist/build/pdf.worker.mjs");
  return (await import("pdfjs-dist")).getDocument;
});
const loadDocx = once(async () => (await import("mammoth/mammoth.browser.js")).default);

const extractors: Extractors = {
  loadPdf,
  docxText: async (bytes) => (await (await loadDocx()).extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })).value,
};

/** The browser's region ("en-GB" → GB): where a national number without "+" is read. */
function browserCountry(): CountryCode | undefined {
  try {
    const region = new Intl.Locale(self.navigator.language).maximize().region;
    return region && isSupportedCountry(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

self.addEventListener("message", async (event: MessageEvent<ReadCvRequest>) => {
  const request = event.data ?? {};
  if ("warm" in request) {
    (request.warm === "docx" ? loadDocx() : loadPdf()).catch(() => undefined);
    return;
  }
  const { id, file } = request;
  if (typeof id !== "number" || !(file instanceof Blob)) return;
  let reading: CvReading;
  try {
    reading = await readCvFile(new Uint8Array(await file.arrayBuffer()), extractors, { defaultCountry: browserCountry() });
  } catch {
    reading = { ok: false, reason: "unreadable" };
  }
  self.postMessage({ id, reading } satisfies ReadCvAnswer);
});
