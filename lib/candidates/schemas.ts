import { z } from "zod";
import { MAX_TAG_LENGTH } from "./tag-limits";

/**
 * The candidate form's schema, used by react-hook-form in the browser AND by the server actions,
 * so both refuse the same input with the same messages. No server-only imports here.
 */

// Control characters (incl. DEL and the C1 range) and angle brackets/braces never belong in a name;
// refusing them keeps markup and terminal escapes out of Recruspace records and e-mails.
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f<>{}]/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

const personName = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(NAME_MAX, `${label} must be at most ${NAME_MAX} characters.`)
    .refine((value) => !FORBIDDEN_IN_NAME.test(value), `${label} cannot contain control characters or < > { }.`);

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .min(1, "Email is required.")
  .max(EMAIL_MAX, `Email must be at most ${EMAIL_MAX} characters.`)
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const phoneSchema = z
  .string()
  .trim()
  .max(30, "Phone must be at most 30 characters.")
  .refine((value) => value === "" || /^\+?[0-9][0-9 ()\-./]{3,28}[0-9]$/.test(value), "Enter a phone number with digits, like +31 20 123 4567.")
  .optional();

/** A destination is encoded as "job_post:<hash>" or "talent_pool:<id>" so one <select> can hold both. */
export type Destination = { kind: "job_post"; hash: string } | { kind: "talent_pool"; id: number };

const DESTINATION_PATTERN = /^(job_post:[A-Za-z0-9_-]{1,64}|talent_pool:[1-9][0-9]{0,14})$/;

export const destinationSchema = z
  .string({ error: "Choose a job post or a talent pool." })
  .min(1, "Choose a job post or a talent pool.")
  .regex(DESTINATION_PATTERN, "Choose a job post or a talent pool from the list.");

export function parseDestination(value: string): Destination | null {
  if (!DESTINATION_PATTERN.test(value)) return null;
  const [kind, ref] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  return kind === "job_post" ? { kind, hash: ref } : { kind: "talent_pool", id: Number(ref) };
}

export function encodeDestination(destination: Destination): string {
  return destination.kind === "job_post" ? `job_post:${destination.hash}` : `talent_pool:${destination.id}`;
}

/** The uploaded CV as the upload route returned it; the document id is what Recruspace needs. */
export const uploadedCvSchema = z.object({
  documentId: z.string().regex(/^[0-9]{1,20}$/, "The uploaded CV has an invalid document id."),
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((value) => !CONTROL_CHARS.test(value), "The file name contains control characters."),
  size: z.number().int().nonnegative(),
});
export type UploadedCv = z.infer<typeof uploadedCvSchema>;

/** The ids of the records with this email that the form's duplicate check showed; null when it did not finish. */
export const knownMatchIdsSchema = z.array(z.number().int().positive()).max(20).nullable().default(null);

/** What the add form sends besides the CV: the same for the action (uploaded CV) and the route (CV file and phone). */
export const newCandidateFieldsSchema = z.object({
  firstName: personName("First name"),
  lastName: personName("Last name"),
  email: emailSchema,
  phone: phoneSchema,
  destination: destinationSchema,
  knownMatchIds: knownMatchIdsSchema,
});

export const newCandidateSchema = newCandidateFieldsSchema.extend({
  cv: uploadedCvSchema.nullable().refine((cv) => cv !== null, "Add the candidate's CV (PDF, DOC or DOCX)."),
});
export type NewCandidateInput = z.input<typeof newCandidateSchema>;
export type NewCandidate = z.output<typeof newCandidateSchema>;

export const checkDuplicateSchema = z.object({ email: emailSchema, destination: destinationSchema.optional() });

export const addExistingSchema = z.object({
  candidateId: z.number().int().positive(),
  destination: destinationSchema,
  knownMatchIds: knownMatchIdsSchema,
  /** A CV uploaded in this form; when absent the candidate's stored CV is reused. */
  cv: uploadedCvSchema.nullable().optional(),
});

export const listDestinationsSchema = z.object({ search: z.string().trim().max(100).default("") });

export { MAX_TAG_LENGTH };

/** A tag's title, for the candidate page's tag and a bulk tag alike. */
export const tagTitleSchema = z.string().trim().min(1, "Type a tag first.").max(MAX_TAG_LENGTH, `Keep tags under ${MAX_TAG_LENGTH} characters.`);
