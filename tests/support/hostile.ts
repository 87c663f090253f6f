import fc from "fast-check";

/**
 * Generators of hostile form input shared by the *.property.test.ts suites: markup and script,
 * control and invisible characters, very long strings, odd numbers. Test-only (no app code imports it).
 */
export const MARKUP_SAMPLES = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  "javascript:alert(1)",
  "' OR 1=1 --",
  "${process.env.AUTH_SECRET}",
] as const;

export const CONTROL_SAMPLES = ["\u0000", "\u0007", "\u001b[31m", "\r\n", "\u007f", "\u0085", "\u009b"] as const;

/** Invisible or direction-changing characters that are not control characters. */
export const INVISIBLE_SAMPLES = ["\u200b", "\u202e", "\ufeff", "\u2028"] as const;

const fragment = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.constantFrom(...MARKUP_SAMPLES, ...CONTROL_SAMPLES, ...INVISIBLE_SAMPLES),
);

/** Any string a hostile client might send in a text field, from empty to 20 000 characters. */
export const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 20_000 }).map((n) => "a".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t\n", "   x   ") },
);

/** Values a JSON body could hold where a positive integer id is expected. */
export const hostileId = fc.oneof(
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5, 2 ** 53, 1e21),
  fc.double({ noNaN: false }),
  fc.constantFrom("1", "", null, undefined, true, [], {}, "1; DROP TABLE", "0x10"),
);

export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** Every message a refusal carries must be a readable sentence for a person, not a code dump. */
export function isClearMessage(message: string): boolean {
  return message.length >= 8 && message.length <= 200 && /^[A-Z]/.test(message) && /[.?)]$/.test(message.trim()) && !/undefined|\[object|Invalid input|ZodError/.test(message);
}

/** Length as zod 4 measures it (code points, so an emoji counts once). */
export const codePoints = (value: string) => [...value].length;
