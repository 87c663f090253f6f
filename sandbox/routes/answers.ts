import type { MultipartFile } from "../http/multipart";
import { isEmail } from "../http/validate";
import type { DetectedFileType } from "../store/documents";
import type { EducationEntry, QuestionRecord, WorkExperienceEntry } from "../store/types";
import { checkAnswerFile, fileAnswerPartName } from "./answer-files";

/**
 * Validates Apply answers against the post's questions. Errors are keyed by question_key:
 * `{ "<question_key>": ["message"] }` (the route nests them under "answers").
 * Answers are strings; structured answers are JSON inside the string; file answers arrive as
 * multipart parts `answers[N].answer_file` (docs/recruspace-contract.md).
 */
export interface TextAnswer {
  question: QuestionRecord;
  answer: string;
}

export interface FileAnswer {
  question: QuestionRecord;
  file: MultipartFile;
  type: DetectedFileType;
}

export interface AnswerCheck {
  errors: Record<string, string[]>;
  accepted: TextAnswer[];
  files: FileAnswer[];
}

/** The file parts of a multipart Apply, by the index of the answers item they belong to. */
export interface AnswerFiles {
  byIndex: ReadonlyMap<number, MultipartFile>;
  maxBytes: number;
}

export const QUESTION_REQUIRED = "This question is required.";
export const UNKNOWN_QUESTION = "Unknown question for this job post.";
export const NOT_A_FILE_QUESTION = "This question does not take a file.";
export const NO_ITEM_FOR_FILE = "No answers item has this index.";

const NO_FILES: AnswerFiles = { byIndex: new Map(), maxBytes: 0 };

export function checkAnswers(questions: QuestionRecord[], rawAnswers: unknown, files: AnswerFiles = NO_FILES): AnswerCheck | string {
  if (rawAnswers !== undefined && rawAnswers !== null && !Array.isArray(rawAnswers)) {
    return `Expected a list of items but got type "${typeof rawAnswers === "object" ? "dict" : typeof rawAnswers}".`;
  }
  const items = (rawAnswers as unknown[] | undefined) ?? [];
  const check: AnswerCheck = { errors: {}, accepted: [], files: [] };
  const add = (key: string, message: string) => (check.errors[key] ??= []).push(message);
  const answered = new Set<number>();
  for (const [index, item] of items.entries()) {
    const question = questionOf(questions, item);
    if (typeof question === "string") {
      add(question || `#${index}`, UNKNOWN_QUESTION);
      continue;
    }
    if (answered.has(question.id)) {
      add(question.questionKey, "This question was answered more than once.");
      continue;
    }
    answered.add(question.id);
    const answer = (item as Record<string, unknown>).answer;
    const file = files.byIndex.get(index);
    const problem = file
      ? fileItemProblem(check, question, answer, file, files.maxBytes)
      : textItemProblem(check, question, answer, index);
    if (problem) add(question.questionKey, problem);
  }
  for (const index of files.byIndex.keys()) {
    if (index >= items.length) add(`#${index}`, NO_ITEM_FOR_FILE);
  }
  const isAnswered = (question: QuestionRecord) =>
    check.accepted.some((a) => a.question.id === question.id) || check.files.some((f) => f.question.id === question.id);
  for (const question of questions) {
    if (question.required && !isAnswered(question) && !check.errors[question.questionKey]) add(question.questionKey, QUESTION_REQUIRED);
  }
  return check;
}

/** The question an item's job_post_question names, or the key/id it named when there is none. */
function questionOf(questions: QuestionRecord[], item: unknown): QuestionRecord | string {
  const ref = item && typeof item === "object" ? (item as Record<string, unknown>).job_post_question : undefined;
  const refObject = ref && typeof ref === "object" ? (ref as Record<string, unknown>) : {};
  const question = questions.find((q) =>
    refObject.id !== undefined ? String(q.id) === String(refObject.id) && (refObject.question_key === undefined || refObject.question_key === q.questionKey) : refObject.question_key === q.questionKey,
  );
  return question ?? String(refObject.question_key ?? refObject.id ?? "");
}

/** Records an accepted file answer, or returns what is wrong with it. */
function fileItemProblem(check: AnswerCheck, question: QuestionRecord, answer: unknown, file: MultipartFile, maxBytes: number): string | null {
  if (question.type !== "file") return NOT_A_FILE_QUESTION;
  if (!isBlank(answer)) return "Send either a file or an answer, not both.";
  const type = checkAnswerFile(question, file, maxBytes);
  if (typeof type === "string") return type;
  check.files.push({ question, file, type });
  return null;
}

/** Records an accepted text answer (blank means not answered), or returns what is wrong with it. */
function textItemProblem(check: AnswerCheck, question: QuestionRecord, answer: unknown, index: number): string | null {
  if (isBlank(answer)) return null;
  if (typeof answer !== "string") return "Not a valid string.";
  const problem = answerProblem(question, answer, index);
  if (problem) return problem;
  if (!isEmptyList(question, answer)) check.accepted.push({ question, answer });
  return null;
}

const isBlank = (answer: unknown) => answer === undefined || answer === null || answer === "";

/** "[]" for a list question is no answer at all, so a required one still counts as unanswered. */
function isEmptyList(question: QuestionRecord, answer: string): boolean {
  const listTypes: QuestionRecord["type"][] = ["multiple_choice", "education", "experience"];
  return listTypes.includes(question.type) && parseJsonArray(answer)?.length === 0;
}

function answerProblem(question: QuestionRecord, answer: string, index: number): string | null {
  const text = answer.trim();
  switch (question.type) {
    case "short_text":
      return text.length > 255 ? "Ensure this answer has no more than 255 characters." : null;
    case "long_text":
      return text.length > 5000 ? "Ensure this answer has no more than 5000 characters." : null;
    case "number":
      return /^-?\d+(\.\d+)?$/.test(text) ? null : "A valid number is required.";
    case "boolean":
      return text === "true" || text === "false" ? null : 'Must be "true" or "false".';
    case "single_choice":
      return question.options.includes(text) ? null : `"${text}" is not a valid choice.`;
    case "multiple_choice": {
      const list = parseJsonArray(text);
      if (!list || !list.every((x) => typeof x === "string")) return "Expected a JSON array of choices.";
      const invalid = (list as string[]).find((x) => !question.options.includes(x));
      return invalid === undefined ? null : `"${invalid}" is not a valid choice.`;
    }
    case "date":
      return isIsoDate(text) ? null : "Date has wrong format. Use YYYY-MM-DD.";
    case "email":
      return isEmail(text) ? null : "Enter a valid email address.";
    case "phone":
      return /^\+?[0-9][0-9 ()\-.]{5,24}$/.test(text) ? null : "Enter a valid phone number.";
    case "url":
      return isHttpUrl(text) ? null : "Enter a valid URL.";
    case "file":
      return `Send the file as the multipart part ${fileAnswerPartName(index)}.`;
    case "education":
      return entriesProblem(text, EDUCATION_ENTRY);
    case "experience":
      return entriesProblem(text, EXPERIENCE_ENTRY);
  }
}

/**
 * The CandidateDetail entry shapes. The docs list enum values for degree and employment_type
 * (bachelors_degree…, full_time…) but their examples use other words, so any text is taken.
 */
interface EntryShape {
  what: string;
  required: string[];
  text: string[];
  flag: string;
}

const EDUCATION_ENTRY: EntryShape = { what: "education", required: ["school_name"], text: ["school_name", "degree", "major"], flag: "currently_pursuing" };
const EXPERIENCE_ENTRY: EntryShape = {
  what: "experience",
  required: ["company_name", "position_title"],
  text: ["company_name", "position_title", "employment_type"],
  flag: "currently_employed",
};

function entriesProblem(text: string, shape: EntryShape): string | null {
  const list = parseJsonArray(text);
  if (!list) return `Expected a JSON array of ${shape.what} entries.`;
  for (const entry of list) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return `Expected a JSON array of ${shape.what} entries.`;
    const problem = entryProblem(entry as Record<string, unknown>, shape);
    if (problem) return problem;
  }
  return null;
}

function entryProblem(entry: Record<string, unknown>, shape: EntryShape): string | null {
  const given = (key: string) => entry[key] !== undefined && entry[key] !== null;
  const missing = shape.required.find((key) => typeof entry[key] !== "string" || !(entry[key] as string).trim());
  if (missing) return `Each ${shape.what} entry needs ${missing}.`;
  const notText = shape.text.find((key) => given(key) && typeof entry[key] !== "string");
  if (notText) return `Each ${shape.what} entry's ${notText} must be a string.`;
  const badDate = ["start_date", "end_date"].find((key) => given(key) && entry[key] !== "" && !(typeof entry[key] === "string" && isIsoDate(entry[key])));
  if (badDate) return `${badDate} has wrong format. Use YYYY-MM-DD.`;
  if (given(shape.flag) && typeof entry[shape.flag] !== "boolean") return `Each ${shape.what} entry's ${shape.flag} must be true or false.`;
  return null;
}

export function parseJsonArray(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
  } catch {
    return false;
  }
}

/** Structured answers, when given, also fill the candidate's education / work experience. */
export function structuredFromAnswers(accepted: AnswerCheck["accepted"]) {
  const pick = (type: string) => accepted.filter((a) => a.question.type === type).flatMap((a) => parseJsonArray(a.answer) ?? []);
  const education: EducationEntry[] = pick("education").map((raw) => {
    const e = raw as Record<string, unknown>;
    return {
      school_name: String(e.school_name ?? ""),
      degree: String(e.degree ?? ""),
      major: String(e.major ?? ""),
      start_date: typeof e.start_date === "string" && e.start_date ? e.start_date : null,
      end_date: typeof e.end_date === "string" && e.end_date ? e.end_date : null,
      currently_pursuing: e.currently_pursuing === true,
    };
  });
  const workExperience: WorkExperienceEntry[] = pick("experience").map((raw) => {
    const e = raw as Record<string, unknown>;
    return {
      company_name: String(e.company_name ?? ""),
      position_title: String(e.position_title ?? ""),
      employment_type: String(e.employment_type ?? ""),
      start_date: typeof e.start_date === "string" && e.start_date ? e.start_date : null,
      end_date: typeof e.end_date === "string" && e.end_date ? e.end_date : null,
      currently_employed: e.currently_employed === true,
    };
  });
  const phone = accepted.find((a) => a.question.type === "phone")?.answer.trim();
  return { education, workExperience, phone };
}
