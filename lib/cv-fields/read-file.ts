import type { getDocument as GetDocument } from "pdfjs-dist";
import { sniffContainer } from "@/lib/cv/file-type";
import type { NothingRead } from "@/lib/errors/cv-reading";
import { linesFromPdfPage, type PdfTextItem } from "./pdf-lines";
import { linesFromText, readCvFields, type ReadOptions } from "./read-fields";
import type { CvFields, CvLine } from "./types";

export type CvReading = { ok: true; fields: CvFields } | { ok: false; reason: NothingRead };

/**
 * The text extractors, handed in so the same code runs in the browser's worker (pdf.js's modern
 * build, mammoth's browser build) and in Node for the corpus (pdf.js's legacy build, mammoth).
 * pdf.js is asked for only when the file is a PDF: the worker loads it (most of its code) on demand.
 */
export type Extractors = { loadPdf: () => Promise<typeof GetDocument>; docxText: (bytes: Uint8Array) => Promise<string> };

/** The first pages hold the contact details; a long CV's later pages only cost time. */
export const PAGES_READ = 3;

export async function pdfLines(getDocument: typeof GetDocument, data: Uint8Array): Promise<CvLine[]> {
  // No eval (the page's CSP forbids it), no font loading: text content needs neither.
  const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const lines: CvLine[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, PAGES_READ); number++) {
      const page = await pdf.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) => ("str" in item ? [item] : []));
      lines.push(...linesFromPdfPage({ page: number, width, height, items }));
    }
    return lines;
  } finally {
    await task.destroy();
  }
}

/** A CV's bytes → its author's fields, or why there are none. Never throws. */
export async function readCvFile(bytes: Uint8Array, extractors: Extractors, options: ReadOptions = {}): Promise<CvReading> {
  const container = sniffContainer(bytes.subarray(0, 8));
  if (container === "doc") return { ok: false, reason: "legacy-doc" };
  if (container === "unknown") return { ok: false, reason: "unreadable" };
  let lines: CvLine[];
  try {
    lines = container === "pdf" ? await pdfLines(await extractors.loadPdf(), bytes) : linesFromText(await extractors.docxText(bytes));
  } catch (error) {
    return { ok: false, reason: (error as { name?: string } | null)?.name === "PasswordException" ? "encrypted" : "unreadable" };
  }
  if (!lines.some((line) => /\p{L}/u.test(line.text))) return { ok: false, reason: "no-text" };
  const fields = readCvFields(lines, options);
  const found = fields.firstName || fields.lastName || fields.emails.length || fields.phones.length;
  return found ? { ok: true, fields } : { ok: false, reason: "no-fields" };
}
