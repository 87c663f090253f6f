import { buildPdf } from "../../../sandbox/files/pdf";
import { buildDocx } from "../../../sandbox/files/zip";
import { buildZip } from "./zip";

/**
 * Test documents built in code: real PDF/DOCX/DOC bytes and impostors. PDFs and the plain DOCX come
 * from the sandbox's own builders (sandbox/files/), the one builder per format.
 */

/** A small valid one-page PDF. */
export const minimalPdf = (text = "Curriculum vitae") => new Uint8Array(buildPdf([text]));

/** The same PDF as a plain array, for Playwright's page.evaluate and setInputFiles. */
export const PDF_BYTES = Array.from(minimalPdf());

/**
 * A DOCX as Word writes it: deflated parts and the package relationships, so Word opens it. The
 * sandbox's buildDocx stores its parts uncompressed; the CV checks must also read deflated ones.
 */
export function minimalDocx(text = "Curriculum vitae"): Uint8Array {
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      deflate: true,
    },
    {
      name: "_rels/.rels",
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      deflate: true,
    },
    {
      name: "word/document.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      deflate: true,
    },
  ]);
}

/** The 8-byte OLE2 signature plus padding: what a legacy .doc starts with. */
export function oleDocHead(size = 1024): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

export const pdfBytes = (text = "Jane Doe — CV") => new Uint8Array(buildPdf([text, "Robotics engineer"]));
export const docxBytes = () => new Uint8Array(buildDocx("Jane Doe, robotics engineer"));
export const docBytes = () => oleDocHead(8 + 512);
export const textPretendingToBePdf = () => new Uint8Array(Buffer.from("I am plain text named cv.pdf"));

export function fileForm(field: string, bytes: Uint8Array, filename: string, fields: Record<string, string> = {}, claimedType = "application/pdf"): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, new Blob([new Uint8Array(bytes)], { type: claimedType }), filename);
  return form;
}
