import { buildPdf } from "../../../sandbox/files/pdf";
import { buildDocx } from "../../../sandbox/files/zip";

/** Test documents built in code: real PDF/DOCX/DOC bytes and impostors. */
export const pdfBytes = (text = "Jane Doe — CV") => new Uint8Array(buildPdf([text, "Robotics engineer"]));
export const docxBytes = () => new Uint8Array(buildDocx("Jane Doe, robotics engineer"));
export const docBytes = () => new Uint8Array(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512, 0)]));
export const textPretendingToBePdf = () => new Uint8Array(Buffer.from("I am plain text named cv.pdf"));

export function fileForm(field: string, bytes: Uint8Array, filename: string, fields: Record<string, string> = {}, claimedType = "application/pdf"): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, new Blob([new Uint8Array(bytes)], { type: claimedType }), filename);
  return form;
}
