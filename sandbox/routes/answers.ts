import { isEmail } from "../http/validate";
import type { EducationEntry, QuestionRecord, WorkExperienceEntry } from "../store/types";

/**
 * Validates Apply answers against the post's questions. Errors are keyed by question_key:
 * `{ "<question_key>": ["message"] }` (the route nests them under "answers").
 * Answers are strings; structured answers are JSON inside the string (docs/recruspace-contract.md).
 */
export interface AnswerCheck {
  errors: Record<string, string[]>;
  accepted: { question: QuestionRecord; answer: string }[];
}

export const QUESTION_REQUIRED = "This question is required.";

export function checkAnswers(questions: QuestionRecord[], rawAnswers: unknown): AnswerCheck | string {
  if (rawAnswers !== undefined && rawAnswers !== null && !Array.isArray(rawAnswers)) {
    return `Expected a list of items but got type "${typeof rawAnswers === "object" ? "dict" : typeof rawAnswers}".`;
  }
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const accepted: AnswerCheck["accepted"] = [];
  const answered = new Set<number>();
  for (const [index, item] of ((rawAnswers as unknown[] | undefined) ?? []).entries()) {
    const ref = item && typeof item === "object" ? (item as Record<string, unknown>).job_post_question : undefined;
    const refObject = ref && typeof ref === "object" ? (ref as Record<string, unknown>) : {};
    const question = questions.find((q) =>
      refObject.id !== undefined ? String(q.id) === String(refObject.id) && (refObject.question_key === undefined || refObject.question_key === q.questionKey) : refObject.question_key === q.questionKey,
    );
    if (!question) {
      add(String(refObject.question_key ?? refObject.id ?? `#${index}`), "Unknown question for this job post.");
      continue;
    }
    if (answered.has(question.id)) {
      add(question.questionKey, "This question was answered more than once.");
      continue;
    }
    answered.add(question.id);
    const answer = (item as Record<string, unknown>).answer;
    if (answer === undefined || answer === null || answer === "") continue;
    if (typeof answer !== "string") {
      add(question.questionKey, "Not a valid string.");
      continue;
    }
    const problem = answerProblem(question, answer);
    if (problem) add(question.questionKey, problem);
    else accepted.push({ question, answer });
  }
  for (const question of questions) {
    if (question.required && !accepted.some((a) => a.question.id === question.id) && !errors[question.questionKey]) {
      add(question.questionKey, QUESTION_REQUIRED);
    }
  }
  return { errors, accepted };
}

function answerProblem(question: QuestionRecord, answer: string): string | null {
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
      return "File answers must be sent as answer_file, which JSON cannot carry.";
    case "education":
      return structuredProblem(text, ["school_name"], "education");
    case "experience":
      return structuredProblem(text, ["company_name", "position_title"], "experience");
  }
}

function structuredProblem(text: string, requiredKeys: string[], what: string): string | null {
  const list = parseJsonArray(text);
  if (!list) return `Expected a JSON array of ${what} entries.`;
  for (const entry of list) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return `Expected a JSON array of ${what} entries.`;
    const record = entry as Record<string, unknown>;
    const missing = requiredKeys.find((key) => typeof record[key] !== "string" || !(record[key] as string).trim());
    if (missing) return `Each ${what} entry needs ${missing}.`;
    for (const key of ["start_date", "end_date"]) {
      const value = record[key];
      if (value !== undefined && value !== null && value !== "" && !(typeof value === "string" && isIsoDate(value))) return `${key} has wrong format. Use YYYY-MM-DD.`;
    }
  }
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
