/// <reference lib="webworker" />
// Reads a dropped CV off the main thread: pdf.js (text content with positions) or mammoth (DOCX
// text), then the field heuristics of lib/cv-fields. Nothing leaves this worker but the fields.
import { isSupportedCountry, type CountryCode } from "libphonenumber-js";
import mammoth from "mammoth/mammoth.browser.js";
import { getDocument } from "pdfjs-dist";
// pdf.js's worker code, bundled into this worker and run in-thread (its "fake worker"): this is
// already a worker, and a nested one would need another script for the CSP to allow. Importing it
// sets globalThis.pdfjsWorker, which getDocument then uses; it also listens on this worker's port
// for pdf.js's own protocol, which no message of ours speaks (the page ignores its "ready" hello).
import "pdfjs-dist/build/pdf.worker.mjs";
import { readCvFile, type CvReading, type Extractors } from "@/lib/cv-fields/read-file";

export type ReadCvRequest = { id: number; file: Blob };
export type ReadCvAnswer = { id: number; reading: CvReading };

const extractors: Extractors = {
  getDocument,
  docxText: async (bytes) => (await mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })).value,
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
  const { id, file } = event.data ?? {};
  if (typeof id !== "number" || !(file instanceof Blob)) return;
  let reading: CvReading;
  try {
    reading = await readCvFile(new Uint8Array(await file.arrayBuffer()), extractors, { defaultCountry: browserCountry() });
  } catch {
    reading = { ok: false, reason: "unreadable" };
  }
  self.postMessage({ id, reading } satisfies ReadCvAnswer);
});
