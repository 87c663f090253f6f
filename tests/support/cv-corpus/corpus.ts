import { cvDocument, type Layout } from "./document";
import { PEOPLE, type Person } from "./people";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

export type Expected = { firstName?: string; lastName?: string; email?: string; phone?: string; linkedin?: string; github?: string; portfolio?: string };
export type CorpusCv = { id: string; format: "pdf" | "docx"; layout: Layout; expected: Expected; person: Person };

const PDF_LAYOUTS: Layout[] = ["single", "two-column", "header-footer", "table"];
// Mammoth reads no running headers or footers, so a DOCX keeps its contact details in the body.
const DOCX_LAYOUTS: Layout[] = ["single", "table", "two-column"];

export function expectedOf(person: Person): Expected {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone?.e164,
    linkedin: person.linkedin && `https://www.linkedin.com/in/${person.linkedin}`,
    github: person.github && `https://github.com/${person.github}`,
    portfolio: person.portfolio && `https://${person.portfolio}`,
  };
}

/** Every person as a PDF (where WinAnsi can set the text) and a DOCX in other layouts; two DOCX otherwise. */
export function corpusEntries(): CorpusCv[] {
  return PEOPLE.flatMap((person, i) => {
    const slug = `${String(i + 1).padStart(2, "0")}`;
    const expected = expectedOf(person);
    const docx = (layout: Layout): CorpusCv => ({ id: `${slug}-${layout}.docx`, format: "docx", layout, expected, person });
    if (person.latin1) return [{ id: `${slug}-${PDF_LAYOUTS[i % 4]}.pdf`, format: "pdf", layout: PDF_LAYOUTS[i % 4]!, expected, person }, docx(DOCX_LAYOUTS[i % 3]!)];
    return [docx(DOCX_LAYOUTS[i % 3]!), docx(DOCX_LAYOUTS[(i + 1) % 3]!)];
  });
}

export function renderEntry(entry: CorpusCv, options: { padBytes?: number } = {}): Promise<Uint8Array> {
  const doc = cvDocument(entry.person, entry.layout);
  return entry.format === "pdf" ? renderPdf(doc, options) : renderDocx(doc);
}
