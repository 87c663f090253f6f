import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "@/lib/recruspace/question-types";

export { QUESTION_TYPES, type QuestionType };
import { emailSchema, NAME_MAX, uploadedCvSchema } from "./schemas";

/**
 * Builds the apply form's validation from a job post's questions. The browser and the server build
 * it from the same questions, so both apply the same rules; the server re-reads the questions from
 * Recruspace instead of trusting the browser's copy.
 */


export type Question = {
  id: number;
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  options: string[];
};

export const EDUCATION_FIELDS = [
  { name: "school_name", label: "School", type: "text" },
  { name: "degree", label: "Degree", type: "text" },
  { name: "major", label: "Major", type: "text" },
  { name: "start_date", label: "Start date", type: "date" },
  { name: "end_date", label: "End date", type: "date" },
] as const;

export const EXPERIENCE_FIELDS = [
  { name: "company_name", label: "Company", type: "text" },
  { name: "position_title", label: "Position", type: "text" },
  { name: "start_date", label: "Start date", type: "date" },
  { name: "end_date", label: "End date", type: "date" },
] as const;

export const MAX_GROUP_ENTRIES = 10;
const SHORT_MAX = 500;
const LONG_MAX = 5000;
const REQUIRED = "This question is required.";
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Recruspace's (sandbox-observed) phone rule for answers: digits, spaces, ( ) - . and a leading +. */
const APPLY_PHONE = /^\+?[0-9][0-9 ()\-.]{5,24}$/;

export type AnswerValue = string | string[] | Record<string, string>[];
export type AnswerValues = Record<string, AnswerValue>;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function text(max: number, required: boolean) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .refine((value) => !CONTROL.test(value), "Remove control characters.")
    .refine((value) => !required || value.length > 0, REQUIRED);
}

/** "" is "no answer" for every scalar type; required questions refuse it. */
function optionalFormat(required: boolean, check: (value: string) => boolean, message: string) {
  return text(SHORT_MAX, required).refine((value) => value === "" || check(value), message);
}

function group(fields: readonly { name: string; label: string; type: string }[], required: boolean, mustHave: readonly string[]) {
  const entry = z.object(
    Object.fromEntries(
      fields.map((field) => [
        field.name,
        field.type === "date"
          ? z.string().trim().refine((value) => value === "" || isRealDate(value), "Use a date like 2024-05-31.")
          : text(200, false),
      ]),
    ),
  );
  const labels = fields.filter((field) => mustHave.includes(field.name)).map((field) => field.label.toLowerCase());
  return z
    .array(entry)
    .max(MAX_GROUP_ENTRIES, `At most ${MAX_GROUP_ENTRIES} entries.`)
    .transform((entries) => entries.filter((item) => Object.values(item).some((value) => String(value).trim() !== "")))
    .refine(
      (entries) => entries.every((item) => mustHave.every((key) => String(item[key] ?? "").trim() !== "")),
      `Each entry needs its ${labels.join(" and ")}.`,
    )
    .refine((entries) => !required || entries.length > 0, REQUIRED);
}

export function answerSchema(question: Question): z.ZodType<AnswerValue | undefined> {
  const { required, options } = question;
  switch (question.type) {
    case "short_text":
      return text(SHORT_MAX, required);
    case "long_text":
      return text(LONG_MAX, required);
    case "number":
      return optionalFormat(required, (value) => /^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)), "Enter a number.");
    case "boolean":
      // An untouched radio group reads as null in the browser.
      return z.preprocess(
        (value) => (value === null || value === undefined ? "" : value),
        z.enum(["", "true", "false"], "Choose yes or no.").refine((value) => !required || value !== "", REQUIRED),
      );
    case "single_choice":
      return z
        .string()
        .nullish()
        .transform((value) => value ?? "")
        .refine((value) => value === "" || options.includes(value), "Choose one of the listed options.")
        .refine((value) => !required || value !== "", REQUIRED);
    case "multiple_choice":
      // A lone checkbox reads as its value or false rather than a list.
      return z.preprocess(
        (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
        z
        .array(z.string().refine((value) => options.includes(value), "Choose from the listed options."))
        .max(options.length)
        .refine((values) => new Set(values).size === values.length, "Each option only once.")
        .refine((values) => !required || values.length > 0, REQUIRED),
      );
    case "date":
      return optionalFormat(required, isRealDate, "Use a date like 2024-05-31.");
    case "email":
      return optionalFormat(required, (value) => emailSchema.safeParse(value).success, "Enter a valid email address.");
    case "phone":
      return optionalFormat(required, (value) => APPLY_PHONE.test(value), "Enter a phone number with digits, like +31 20 123 4567.");
    case "url":
      return optionalFormat(required, (value) => /^https?:\/\/[^\s]+$/i.test(value) && z.url().safeParse(value).success, "Enter a web address starting with https://.");
    case "education":
      return group(EDUCATION_FIELDS, required, ["school_name"]);
    case "experience":
      return group(EXPERIENCE_FIELDS, required, ["company_name", "position_title"]);
    case "file":
      // Recruspace's apply body is JSON: a file answer cannot be sent, so nothing is collected.
      return z.unknown().transform(() => undefined).optional();
  }
}

const applicantName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(NAME_MAX, `${label} must be at most ${NAME_MAX} characters.`)
    .refine((value) => !/[\u0000-\u001f\u007f-\u009f<>{}]/.test(value), `${label} cannot contain control characters or < > { }.`);

export function buildApplySchema(questions: Question[]) {
  return z.object({
    firstName: applicantName("First name"),
    lastName: applicantName("Last name"),
    email: emailSchema,
    cv: uploadedCvSchema.nullable(),
    answers: z.object(Object.fromEntries(questions.map((question) => [question.key, answerSchema(question)]))),
  });
}

export type ApplyValues = {
  firstName: string;
  lastName: string;
  email: string;
  cv: z.infer<typeof uploadedCvSchema> | null;
  answers: Record<string, AnswerValue | undefined>;
};

/** The empty value each question's field starts with. */
export function initialAnswer(question: Question): AnswerValue {
  if (question.type === "multiple_choice") return [];
  if (question.type === "education" || question.type === "experience") return [];
  return "";
}

/** Answers as Recruspace wants them: strings; lists and groups JSON-encoded; empty optional ones left out. */
export function encodeAnswers(questions: Question[], answers: Record<string, unknown>) {
  const out: { job_post_question: { id: number; question_key: string }; answer: string }[] = [];
  for (const question of questions) {
    const value = answers[question.key];
    if (value === undefined || question.type === "file") continue;
    let answer: string;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      answer = JSON.stringify(value);
    } else {
      answer = String(value).trim();
      if (answer === "") continue;
    }
    out.push({ job_post_question: { id: question.id, question_key: question.key }, answer });
  }
  return out;
}

/** Recruspace's question records → the form's model (unknown types become short text). */
export function toQuestion(record: { id: number; question_key: string; label?: string | null; type: string; required: boolean; options?: string[] | null; order?: number | null }): Question {
  const type = (QUESTION_TYPES as readonly string[]).includes(record.type) ? (record.type as QuestionType) : "short_text";
  return { id: record.id, key: record.question_key, label: record.label || record.question_key, type, required: record.required, options: record.options ?? [] };
}
