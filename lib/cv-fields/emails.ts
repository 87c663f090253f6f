import { LIMITS, foldToAscii } from "./normalize";
import type { LineContext } from "./types";

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
/** Mailboxes of a company or a service, never a person's own. */
const ROLE_MAILBOX = /^(info|hr|jobs|job|careers|career|recruiting|recruitment|contact|office|sales|support|hello|admin|mail|team|noreply|no-reply|kontakt|bewerbung|rh|emploi|empleo|press|billing|webmaster)$/i;
const EMAIL_LABEL = /\b(e-?mail|mail|courriel|correo|e-?post)\b|✉|📧/i;

export type FoundEmail = { value: string; context: LineContext; score: number };

/**
 * The addresses in a line, found by walking out from each "@" (linear in the line's length,
 * whatever it holds). Returned lower-cased, trailing punctuation dropped.
 */
export function emailsIn(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf("@");
  while (at !== -1 && found.length < LIMITS.candidatesPerField) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && DOMAIN.test(text[end]!)) end++;
    const local = text.slice(start, at).replace(/^[.'-]+/, "");
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, "");
    if (isAddress(local, domain)) found.push(`${local}@${domain}`.toLowerCase());
    at = text.indexOf("@", Math.max(end, at + 1));
  }
  return found;
}

function isAddress(local: string, domain: string): boolean {
  if (!local || local.length > 64 || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((label) => !label || label.length > 63 || label.startsWith("-") || label.endsWith("-"))) return false;
  return /^[a-z]{2,24}$/i.test(labels[labels.length - 1]!);
}

/**
 * Every address outside the references with a score: labelled, near the top or in a header or
 * footer, and matching the author's name count for it; a company's role mailbox counts against it.
 */
export function scoreEmails(lines: LineContext[], nameHint: string[]): FoundEmail[] {
  const byValue = new Map<string, FoundEmail>();
  const folded = nameHint.map(foldToAscii).filter((part) => part.length >= 2);
  for (const context of lines) {
    if (context.inReferences || !context.line.text.includes("@")) continue;
    for (const value of emailsIn(context.line.text)) {
      if (byValue.has(value)) continue;
      const local = value.slice(0, value.indexOf("@"));
      if (ROLE_MAILBOX.test(local)) continue;
      let score = 10 - Math.min(context.index, 60) / 10;
      if (EMAIL_LABEL.test(context.line.text)) score += 2;
      score += 2 * folded.filter((part) => local.includes(part)).length;
      byValue.set(value, { value, context, score });
      if (byValue.size >= LIMITS.candidatesPerField) break;
    }
    if (byValue.size >= LIMITS.candidatesPerField) break;
  }
  return [...byValue.values()].sort((a, b) => b.score - a.score);
}
