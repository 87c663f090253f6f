import type { CvLine } from "./types";

/** The part of a pdf.js text item this reads (`TextItem` of pdfjs-dist, without importing it). */
export type PdfTextItem = { str: string; transform: number[]; width: number; height: number };
export type PdfPageText = { page: number; width: number; height: number; items: PdfTextItem[] };

const MAX_ITEMS_PER_PAGE = 20_000;

/**
 * pdf.js text items → lines with positions: items on one baseline are joined left to right, and a
 * wide gap (a column gutter, a table cell) starts a new segment, so two columns stay apart.
 */
export function linesFromPdfPage({ page, width, height, items }: PdfPageText): CvLine[] {
  const runs = items
    .slice(0, MAX_ITEMS_PER_PAGE)
    .filter((item) => item.str.trim() && Array.isArray(item.transform) && item.transform.length >= 6)
    .map((item) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      const size = Math.max(item.height || Math.hypot(c, d), 1);
      return { text: item.str, x, top: height - y, size, end: x + (item.width || 0) };
    })
    .sort((a, b) => a.top - b.top || a.x - b.x);
  const rows: (typeof runs)[] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.top - run.top) <= Math.min(row[0]!.size, run.size) * 0.5) row.push(run);
    else rows.push([run]);
  }
  const lines: CvLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let segment = { ...row[0]! };
    const flush = () => lines.push({ text: segment.text, page, x: segment.x / width, y: segment.top / height, size: round(segment.size) });
    for (const run of row.slice(1)) {
      const gap = run.x - segment.end;
      if (gap > Math.max(run.size, segment.size) * 1.5) {
        flush();
        segment = { ...run };
        continue;
      }
      const space = gap > run.size * 0.15 && !segment.text.endsWith(" ") && !run.text.startsWith(" ") ? " " : "";
      segment = { ...segment, text: segment.text + space + run.text, end: Math.max(segment.end, run.end), size: Math.max(segment.size, run.size) };
    }
    flush();
  }
  return lines;
}

const round = (value: number) => Math.round(value * 10) / 10;
