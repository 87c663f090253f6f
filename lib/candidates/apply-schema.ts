import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "@/lib/recruspace/question-types";
import { DEFAULT_MAX_CV_BYTES, formatBytes } from "@/lib/cv/limits";
import { emailSchema, NAME_MAX, uploadedCvSchema } from "./schemas";

export { QUESTION_TYPES, type QuestionType };

/**
 * Builds the apply form's validation from a job post's questions. The browser and the server build
 * it from the same questions, so both apply the same rules; the server re-reads the questions from
 * Recruspace instead of trusting the browser's copy.
 */

/** A job post's hash as the app accepts it in a URL (Recruspace's hashes are opaque; this keeps paths safe). */
export const JOB_POST_HASH = /^[A-Za-z0-9_-]{1,64}$/;

export type Question = {
  id: number;
  /** Recruspace's question_key: answers and Recruspace's errors name the question by it. */
  key: string;
  /** The form's field for the answer. A question_key may hold dots or brackets, which react-hook-form reads as a path. */
  name: string;
  label: string;
  type: QuestionType;
  /** Why a question is asked as a text field although Recruspace named it otherwise (shown in its label). */
  askedAsText?: string;
  required: boolean;
  options: string[];
};

/** A question as Recruspace lists it: only id and question_key are documented; the rest may be null. */
export type QuestionRecord = {
  id: number;
  question_key: string;
  label?: string | null;
  type?: string | null;
  required?: boolean | null;
  options?: string[] | null;
  order?: number | null;
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
export const TERMS_REQUIRED = "Confirm that the candidate accepted the terms of use.";
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Recruspace's (sandbox-observed) phone rule for answers: digits, spaces, ( ) - . and a leading +. */
const APPLY_PHONE = /^\+?[0-9][0-9 ()\-.]{5,24}$/;

/** A file the browser chose for a file question: the route checks the bytes it receives against `size`. */
export type DeclaredFile = { name: string; type: string; size: number };

export type AnswerValue = string | string[] | Record<string, string>[];
export type AnswerValues = Record<string, AnswerValue | DeclaredFile | undefined>;

export type ApplyLimits = { maxFileBytes: number };

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

const MIME_TYPE = /^[\w.+-]{1,60}\/[\w.+-]{1,60}$/;

/** The base name without control characters or folders; the end is kept, so the extension survives. */
function cleanFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").split(/[\\/]/).pop()!.trim().slice(-200) || "file";
}

/**
 * A file question's answer: a File in the browser, its declaration ({name, type, size}) on the
 * server. Nothing chosen is no answer. The size is what the route holds the received bytes to.
 */
function fileAnswer(required: boolean, maxBytes: number) {
  const declared = z
    .object({ name: z.string(), type: z.string(), size: z.number() }, "Choose a file.")
    .refine((file) => Number.isSafeInteger(file.size) && file.size >= 0, "Choose the file again.")
    .refine((file) => file.size > 0, "The file is empty.")
    .refine((file) => file.size <= maxBytes, `The file is larger than the ${formatBytes(maxBytes)} limit.`)
    .transform((file): DeclaredFile => ({ name: cleanFileName(file.name), type: MIME_TYPE.test(file.type) ? file.type : "application/octet-stream", size: file.size }));
  return z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    declared
      .nullable()
      .refine((file) => !required || file !== null, REQUIRED)
      .transform((file) => file ?? undefined),
  );
}

export function answerSchema(question: Question, limits: ApplyLimits = { maxFileBytes: DEFAULT_MAX_CV_BYTES }): z.ZodType<AnswerValue | DeclaredFile | undefined> {
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
      return fileAnswer(required, limits.maxFileBytes);
  }
}

const applicantName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(NAME_MAX, `${label} must be at most ${NAME_MAX} characters.`)
    .refine((value) => !/[\u0000-\u001f\u007f-\u009f<>{}]/.test(value), `${label} cannot contain control characters or < > { }.`);

export function buildApplySchema(questions: Question[], limits: ApplyLimits = { maxFileBytes: DEFAULT_MAX_CV_BYTES }) {
  return z.object({
    firstName: applicantName("First name"),
    lastName: applicantName("Last name"),
    email: emailSchema,
    cv: uploadedCvSchema.nullable(),
    termsOfUse: z.literal(true, TERMS_REQUIRED),
    // A question the browser did not send (it was added after the page loaded) is an unanswered one.
    answers: z.object(
      Object.fromEntries(questions.map((question) => [question.name, z.preprocess((value) => value ?? initialAnswer(question), answerSchema(question, limits))])),
    ),
  });
}

export type ApplyValues = {
  firstName: string;
  lastName: string;
  email: string;
  cv: z.infer<typeof uploadedCvSchema> | null;
  termsOfUse: true;
  answers: AnswerValues;
};

/** The empty value each question's field starts with. */
export function initialAnswer(question: Question): AnswerValue | null {
  if (question.type === "file") return null;
  if (question.type === "multiple_choice") return [];
  if (question.type === "education" || question.type === "experience") return [];
  return "";
}

/** Answers as Recruspace wants them: strings; lists and groups JSON-encoded; empty optional ones and files left out. */
export function encodeAnswers(questions: Question[], answers: AnswerValues) {
  const out: { job_post_question: { id: number; question_key: string }; answer: string }[] = [];
  for (const question of questions) {
    const value = answers[question.name];
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

/** An answered file question with what the browser declared about its file. */
export type DeclaredFileAnswer = { question: Question; file: DeclaredFile };

/** The file questions that were answered, with the file each answer declares. */
export function declaredFiles(questions: Question[], answers: AnswerValues): DeclaredFileAnswer[] {
  return questions.flatMap((question) => {
    const value = answers[question.name];
    return question.type === "file" && value && typeof value === "object" && !Array.isArray(value) ? [{ question, file: value }] : [];
  });
}

/** "Short Text", "SHORT-TEXT", "shortText" and "short_text" name the same type (the type names are a guess). */
export function normaliseQuestionType(raw: string | null | undefined): QuestionType | null {
  if (!raw) return null;
  const name = raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[\s_-]+/g, "_")
    .replace(/^_|_$/g, "");
  return (QUESTION_TYPES as readonly string[]).includes(name) ? (name as QuestionType) : null;
}

const CHOICE_TYPES: QuestionType[] = ["single_choice", "multiple_choice"];
const SHOWN_TYPE_MAX = 40;

/** How the form asks a question: as the type Recruspace named, or as text (saying why) when it cannot. */
function askedAs(type: QuestionType | null, rawType: string | null | undefined, options: string[]): Pick<Question, "type" | "options" | "askedAsText"> {
  if (type === null) return { type: "short_text", options: [], askedAsText: rawType?.trim() ? `“${rawType.trim().slice(0, SHOWN_TYPE_MAX)}”` : "no type given" };
  if (CHOICE_TYPES.includes(type) && options.length === 0) return { type: "short_text", options: [], askedAsText: "no options given" };
  return { type, options };
}

/**
 * Recruspace's question record → the form's model. Only id and question_key are documented: a type
 * the app does not know, or a choice without options, is asked as a text field labelled so; an
 * unknown "required" leaves the question optional here (Recruspace still decides when it is sent).
 */
export function toQuestion(record: QuestionRecord): Question {
  const options = [...new Set((record.options ?? []).filter((option) => option !== ""))];
  return {
    id: record.id,
    key: record.question_key,
    name: `q${record.id}`,
    label: record.label?.trim() || record.question_key.trim() || `Question ${record.id}`,
    required: record.required === true,
    ...askedAs(normaliseQuestionType(record.type), record.type, options),
  };
}

/** The label the form shows: a question asked as text says so, and why. */
export function questionLabel(question: Question): string {
  return question.askedAsText ? `${question.label} (asked as text: ${question.askedAsText})` : question.label;
}

/** The post's questions in Recruspace's order (questions without one last), each id once. */
export function toQuestions(records: readonly QuestionRecord[]): Question[] {
  const position = (record: QuestionRecord) => record.order ?? Number.MAX_VALUE;
  const seen = new Set<number>();
  const questions: Question[] = [];
  for (const record of [...records].sort((a, b) => position(a) - position(b))) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    questions.push(toQuestion(record));
  }
  return questions;
}
