import { listZipEntries } from "./zip";

/** The document kinds a CV may be; decided from the bytes, never from the name or claimed type. */
export type DocumentKind = "pdf" | "doc" | "docx";

export const DOCUMENT_MIME_TYPES: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");
const OLE_MAGIC = Buffer.from("d0cf11e0a1b11ae1", "hex");
const ZIP_MAGIC = Buffer.from("504b0304", "hex");

export function sniffDocumentKind(bytes: Uint8Array): DocumentKind | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, PDF_MAGIC)) return "pdf";
  if (startsWith(buf, OLE_MAGIC)) return "doc";
  if (startsWith(buf, ZIP_MAGIC)) {
    const entries = listZipEntries(buf);
    if (entries?.includes("word/document.xml")) return "docx";
  }
  return null;
}

function startsWith(buf: Buffer, prefix: Buffer): boolean {
  return buf.length >= prefix.length && buf.subarray(0, prefix.length).equals(prefix);
}
