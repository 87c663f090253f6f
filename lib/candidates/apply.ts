import "server-only";
import { ValidationError } from "@/lib/recruspace/errors";
import { encodeAnswers, toQuestion, type ApplyValues, type Question } from "./apply-schema";
import type { RecruspaceClient } from "@/lib/recruspace/client";

export async function loadApplyQuestions(api: RecruspaceClient, hash: string): Promise<Question[]> {
  const records = await api.listJobPostQuestions(hash);
  return [...records].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map(toQuestion);
}

export async function submitApplication(api: RecruspaceClient, hash: string, questions: Question[], values: ApplyValues) {
  const application = await api.applyToJobPost(hash, {
    email: values.email,
    first_name: values.firstName,
    last_name: values.lastName,
    ...(values.cv ? { cv: values.cv.documentId } : {}),
    answers: encodeAnswers(questions, values.answers),
  });
  return { applicationId: application.id, candidateId: application.candidate.id };
}

const FORM_FIELDS: Record<string, string> = {
  first_name: "firstName",
  last_name: "lastName",
  email: "email",
  cv: "cv",
  phone_number: "phone",
};

/**
 * Recruspace's 400 field errors → the form's field names: `{"answers": {"key": ["…"]}}` (or an
 * already flattened "answers.key") becomes "answers.key", first_name becomes firstName.
 */
export function formFieldErrors(error: ValidationError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(error.fieldErrors as Record<string, unknown>)) {
    if (field === "answers" && messages && typeof messages === "object" && !Array.isArray(messages)) {
      for (const [key, nested] of Object.entries(messages as Record<string, unknown>)) {
        out[`answers.${key}`] = toMessages(nested);
      }
      continue;
    }
    out[FORM_FIELDS[field] ?? field] = toMessages(messages);
  }
  return out;
}

function toMessages(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return [value];
  return ["Recruspace refused this value."];
}
