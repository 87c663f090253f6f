import type { CvFields } from "@/lib/cv-fields/types";
import type { Expected } from "./corpus";

export const FIELDS = ["firstName", "lastName", "email", "phone", "linkedin", "github", "portfolio"] as const;
export type Field = (typeof FIELDS)[number];

/** The goals of issue 13, per field group, as fractions. */
export const GOALS = { email: 0.98, names: 0.92, phone: 0.9, links: 0.9, wrongWhereNone: 0.03 } as const;

export const found = (fields: CvFields): Record<Field, string | undefined> => ({
  firstName: fields.firstName,
  lastName: fields.lastName,
  email: fields.emails[0],
  phone: fields.phones[0],
  linkedin: fields.links.linkedin,
  github: fields.links.github,
  portfolio: fields.links.portfolio,
});

export type Tally = { right: number; of: number };
export type Accuracy = { email: Tally; firstName: Tally; lastName: Tally; phone: Tally; links: Tally; wrongWhereNone: Tally; misses: string[] };

/** Right answers where a value is expected, and any value given where none is, over the corpus. */
export function accuracy(results: { id: string; expected: Expected; fields: CvFields }[]): Accuracy {
  const tally = () => ({ right: 0, of: 0 });
  const out: Accuracy = { email: tally(), firstName: tally(), lastName: tally(), phone: tally(), links: tally(), wrongWhereNone: tally(), misses: [] };
  for (const { id, expected, fields } of results) {
    const got = found(fields);
    for (const field of FIELDS) {
      const want = expected[field];
      const bucket = field === "linkedin" || field === "github" || field === "portfolio" ? out.links : out[field];
      if (want === undefined) {
        out.wrongWhereNone.of += 1;
        if (got[field] !== undefined) {
          out.wrongWhereNone.right += 1;
          out.misses.push(`${id} ${field}: expected none, got ${got[field]}`);
        }
        continue;
      }
      bucket.of += 1;
      if (got[field] === want) bucket.right += 1;
      else out.misses.push(`${id} ${field}: expected ${want}, got ${got[field] ?? "none"}`);
    }
  }
  return out;
}

export const rate = ({ right, of }: Tally) => (of === 0 ? 1 : right / of);
