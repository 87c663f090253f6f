/** Caps that keep any input, however hostile, to a bounded amount of work. */
export const LIMITS = { lines: 4000, lineChars: 1000, totalChars: 200_000, candidatesPerField: 50 } as const;

// Zero-width, direction marks and isolates, soft hyphen, BOM: invisible, and they split words and emails.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufe00-\ufe0f]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** One line of CV text, readable: NFKC (full-width letters, ligatures), no invisible or control characters, single spaces. */
export function cleanLine(text: string): string {
  const bounded = text.length > LIMITS.lineChars ? text.slice(0, LIMITS.lineChars) : text;
  return bounded.normalize("NFKC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

/** "Łukasz Sørensen" → "lukasz sorensen": to compare a name with an email's local part. */
export function foldToAscii(text: string): string {
  return text
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
