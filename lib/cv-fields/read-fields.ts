import type { CountryCode } from "libphonenumber-js";
import { scoreEmails } from "./emails";
import { findLinks } from "./links";
import { findName } from "./names";
import { LIMITS, cleanLine } from "./normalize";
import { phoneCountry, scorePhones } from "./phones";
import { readingOrder } from "./reading-order";
import { withContext } from "./sections";
import type { CvFields, CvLine } from "./types";

export type ReadOptions = {
  /** Where national numbers (no "+") are read when the CV names no country: the browser's region. */
  defaultCountry?: CountryCode;
};

/** Clean, bounded lines: invisible characters gone, at most LIMITS.lines lines and LIMITS.totalChars characters. */
function boundedLines(lines: CvLine[]): CvLine[] {
  const out: CvLine[] = [];
  let total = 0;
  for (const line of lines) {
    if (out.length >= LIMITS.lines || total >= LIMITS.totalChars) break;
    const text = cleanLine(line.text);
    if (!text) continue;
    total += text.length;
    out.push({ ...line, text });
  }
  return out;
}

/**
 * Name, emails, phones (E.164) and links of a CV's author from its text, likeliest first, leaving
 * out what belongs to others (references, an employer's number or mailbox). Pure and bounded:
 * any text, however large or odd, is read in a time proportional to the capped input.
 */
export function readCvFields(lines: CvLine[], options: ReadOptions = {}): CvFields {
  const contexts = withContext(readingOrder(boundedLines(lines)));
  const firstEmails = scoreEmails(contexts, []).map((found) => found.value);
  const name = findName(contexts, firstEmails);
  const nameParts = name ? `${name.firstName} ${name.lastName}`.split(/[\s-]+/) : [];
  const emails = scoreEmails(contexts, nameParts).map((found) => found.value);
  const country = phoneCountry(contexts, emails[0], options.defaultCountry);
  const phones = scorePhones(contexts, country).map((found) => found.value);
  return { firstName: name?.firstName, lastName: name?.lastName, emails, phones, links: findLinks(contexts, nameParts) };
}

/** Text without positions (a DOCX's paragraphs): one line each, in reading order. */
export function linesFromText(text: string): CvLine[] {
  const lines = text.slice(0, LIMITS.totalChars * 2).split(/\r?\n/);
  const count = Math.min(lines.length, LIMITS.lines * 4);
  const out: CvLine[] = [];
  for (let i = 0; i < count; i++) {
    if (lines[i]!.trim()) out.push({ text: lines[i]!, page: 1, x: 0, y: i / Math.max(count, 1) });
  }
  return out;
}
