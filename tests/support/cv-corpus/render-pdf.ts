import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { CvDocument, Item, Run, Style } from "./document";

const A4 = { width: 595, height: 842 };
const SIZES: Record<Style, number> = { name: 24, title: 12, heading: 14, body: 10, small: 9 };

type Fonts = { regular: PDFFont; bold: PDFFont };
type Options = { /** Bytes added as an embedded file, to reach a size (the text stays the same). */ padBytes?: number };

/** A CV as a text PDF with pdf-lib's standard fonts (WinAnsi text only). */
export async function renderPdf(doc: CvDocument, options: Options = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const hasSide = doc.side.length > 0;
  const mainX = hasSide ? 215 : 50;
  let page = newPage(pdf, doc, fonts);
  if (hasSide) {
    let y = 70;
    for (const item of doc.side) y = draw(page, item, 40, y, fonts);
  }
  let y = doc.header.length ? 80 : 60;
  for (const item of doc.main) {
    if ("pageBreak" in item || y > A4.height - 70) {
      page = newPage(pdf, doc, fonts);
      y = doc.header.length ? 80 : 60;
      if ("pageBreak" in item) continue;
    }
    y = drawItem(page, item, mainX, y, fonts);
  }
  if (options.padBytes) await pdf.attach(fillerBytes(options.padBytes), "appendix.bin", { mimeType: "application/octet-stream" });
  return pdf.save();
}

function newPage(pdf: PDFDocument, doc: CvDocument, fonts: Fonts): PDFPage {
  const page = pdf.addPage([A4.width, A4.height]);
  for (const run of doc.header) page.drawText(run.text, { x: 50, y: A4.height - 34, size: 16, font: fonts.bold, color: rgb(0, 0, 0) });
  doc.footer.forEach((run, i) => page.drawText(run.text, { x: 50, y: 30 - i * 11, size: 8, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) }));
  return page;
}

function drawItem(page: PDFPage, item: Item, x: number, y: number, fonts: Fonts): number {
  if ("table" in item) {
    for (const [label, value] of item.table) {
      page.drawText(label, { x, y: A4.height - y, size: 10, font: fonts.bold });
      page.drawText(value, { x: x + 90, y: A4.height - y, size: 10, font: fonts.regular });
      y += 15;
    }
    return y + 6;
  }
  if ("pageBreak" in item) return y;
  return draw(page, item, x, y, fonts);
}

function draw(page: PDFPage, run: Run, x: number, y: number, fonts: Fonts): number {
  const size = SIZES[run.style];
  const top = run.style === "heading" ? y + 8 : y;
  page.drawText(run.text, { x, y: A4.height - top - size, size, font: run.style === "body" || run.style === "small" ? fonts.regular : fonts.bold });
  return top + size * 1.6;
}

/** Incompressible, deterministic filler (xorshift), so the file really is that large. */
function fillerBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** A "scanned" CV: one page with only an image on it, no text layer. */
export async function renderImageOnlyPdf(png: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([A4.width, A4.height]);
  const image = await pdf.embedPng(png);
  page.drawImage(image, { x: 50, y: 300, width: 495, height: 495 });
  return pdf.save();
}
