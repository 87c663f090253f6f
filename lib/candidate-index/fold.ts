/**
 * The index's one way to compare text: lower case, accents and ligatures folded ("José Ægir Łódź" →
 * "jose aegir lodz"), so search is case- and accent-insensitive on SQLite and PostgreSQL alike
 * (neither needs a collation: both columns and queries hold folded text).
 */
const LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter);
}

/** The words of a text as the index keeps them: folded, split at spaces and at the email's separators. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[\s,;:()"'<>[\]{}]+/u)
    .filter(Boolean);
}

/**
 * The stored search text: every word after a space, so `LIKE '% que%'` finds words beginning with "que".
 * An email is kept whole and in its parts ("ana.lopez@x.org" → "ana.lopez@x.org", "ana", "lopez", "x", "org").
 */
export function searchText(parts: { firstName?: string | null; lastName?: string | null; email: string; tags: readonly string[] }): string {
  const email = fold(parts.email.trim());
  const all = [...words(parts.firstName ?? ""), ...words(parts.lastName ?? ""), email, ...email.split(/[@.+_-]+/), ...parts.tags.flatMap(words)];
  return ` ${[...new Set(all.filter(Boolean))].join(" ")} `;
}

/** The words of a query, each to be matched as the beginning of some word of the entry (at most 5). */
export function queryWords(query: string): string[] {
  // LIKE's own wildcards are not searched for (no stored word needs them).
  return [...new Set(words(query.slice(0, 200)).map((word) => word.replace(/[%_\\]/g, "")).filter(Boolean))].slice(0, 5);
}
