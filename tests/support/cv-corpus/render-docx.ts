import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { CvDocument, Item, Run } from "./document";

const SIZES = { name: 48, title: 24, heading: 28, body: 20, small: 18 } as const;

function paragraph(run: Run): Paragraph {
  const text = new TextRun({ text: run.text, bold: run.style !== "body" && run.style !== "small", size: SIZES[run.style] });
  if (run.style === "name") return new Paragraph({ heading: HeadingLevel.TITLE, children: [text] });
  if (run.style === "heading") return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text] });
  return new Paragraph({ children: [text] });
}

const cell = (children: Paragraph[], percent: number) => new TableCell({ children, width: { size: percent, type: WidthType.PERCENTAGE } });

function blocks(items: Item[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const item of items) {
    if ("pageBreak" in item) out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    else if ("table" in item) out.push(new Table({ rows: item.table.map(([label, value]) => new TableRow({ children: [cell([paragraph({ text: label, style: "heading" })], 25), cell([paragraph({ text: value, style: "body" })], 75)] })) }));
    else out.push(paragraph(item));
  }
  return out;
}

/** A CV as a Word document; a two-column CV is a one-row table (sidebar, main), as Word templates do it. */
export async function renderDocx(doc: CvDocument): Promise<Uint8Array> {
  const children = doc.side.length
    ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell(doc.side.map(paragraph), 30), cell(blocks(doc.main) as Paragraph[], 70)] })] })]
    : [...doc.header.map(paragraph), ...blocks(doc.main), ...doc.footer.map(paragraph)];
  const file = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(file));
}
