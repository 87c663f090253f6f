import mammoth from "mammoth";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Extractors } from "@/lib/cv-fields/read-file";

/** The worker's extractors as Node runs them: pdf.js's legacy build (Node 20), mammoth's Node entry. */
export const nodeExtractors: Extractors = {
  loadPdf: async () => getDocument as Awaited<ReturnType<Extractors["loadPdf"]>>,
  docxText: async (bytes) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value,
};
