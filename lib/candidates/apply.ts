import "server-only";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { LostWriteError, mayHaveHappened } from "@/lib/errors/failures";
import { zodFieldErrors } from "@/lib/errors/field-errors";
import type { FieldErrors } from "@/lib/errors/result";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { onCandidateAdded } from "@/lib/list-cache/invalidate";
import { db } from "@/lib/db";
import { rememberSeen } from "@/lib/candidate-index/record";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { ConflictError, ValidationError } from "@/lib/recruspace/errors";
import type { UploadBody } from "@/lib/recruspace/schemas";
import { buildApplySchema, declaredFiles, encodeAnswers, toQuestions, type ApplyLimits, type ApplyValues, type DeclaredFileAnswer, type Question } from "./apply-schema";
import { findByEmail } from "./existing";

const ALREADY_APPLIED = "This person has already applied to this job post.";

export type ApplyOutcome = { applicationId: number | null; candidateId: number | null };

/** A file question's answer as it goes upstream: the file's bytes, streamed. */
export type FileAnswerBody = { question: Question; file: UploadBody };

/** The post's questions as the form asks them, and how many Recruspace sent in a shape the app could not read. */
export async function loadApplyQuestions(api: RecruspaceClient, hash: string): Promise<{ questions: Question[]; skipped: number }> {
  const listed = await api.listJobPostQuestions(hash);
  return { questions: toQuestions(listed.items), skipped: listed.skipped };
}

export type ApplyRequest = {
  hash: string;
  /** The form's values, unchecked: they are checked against the post's questions as Recruspace has them now. */
  values: unknown;
  limits: ApplyLimits;
  /** The bytes of each declared file, in the order they are to be sent (or a refusal). */
  fileBodies: (declared: DeclaredFileAnswer[]) => FileAnswerBody[];
  /** The candidate whose page the form was opened from (pre-filled): their timeline shows the application. */
  fromCandidateId?: number | null;
};

/**
 * The whole Apply, for the action and the upload route alike: re-read the questions (1 call), check
 * the values against them, send the application (1 call), then record who did it.
 */
export async function applyCandidate(actor: Actor, api: RecruspaceClient, request: ApplyRequest): Promise<ApplyOutcome> {
  const { questions } = await loadApplyQuestions(api, request.hash);
  if (unseenRequired(questions, request.values)) {
    throw new UserFacingError("validation", "The job post has new required questions since this page was opened. Reload the page to answer them.");
  }
  const parsed = buildApplySchema(questions, request.limits).safeParse(request.values);
  if (!parsed.success) throw new UserFacingError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
  const values = parsed.data as ApplyValues;
  const files = request.fileBodies(declaredFiles(questions, values.answers));
  const outcome = await submitApplication(api, request.hash, questions, values, files);
  await recordActorAudit(actor, {
    action: "candidate.applied",
    targetType: "candidate",
    targetId: outcome.candidateId === null ? undefined : String(outcome.candidateId),
    relatedTargetId: request.fromCandidateId ? String(request.fromCandidateId) : undefined,
    metadata: { jobPost: request.hash, applicationId: outcome.applicationId, answers: questions.length, files: files.length },
  });
  onCandidateAdded(actor.tenantId, { jobPostHash: request.hash });
  if (outcome.candidateId !== null) {
    await rememberSeen(db(), actor.tenantId, [{ id: outcome.candidateId, email: values.email, firstName: values.firstName, lastName: values.lastName }]);
  }
  return outcome;
}

/** Whether a required question is missing from the values altogether: the page that sent them did not show it. */
function unseenRequired(questions: Question[], values: unknown): boolean {
  const answers = (values as { answers?: unknown } | null)?.answers;
  const sent = answers && typeof answers === "object" ? answers : {};
  return questions.some((question) => question.required && !Object.hasOwn(sent, question.name));
}

export async function submitApplication(api: RecruspaceClient, hash: string, questions: Question[], values: ApplyValues, files: FileAnswerBody[] = []): Promise<ApplyOutcome> {
  let application: Awaited<ReturnType<RecruspaceClient["applyToJobPost"]>>;
  try {
    application = await api.applyToJobPost(hash, {
      email: values.email,
      first_name: values.firstName,
      last_name: values.lastName,
      ...(values.cv ? { cv: values.cv.documentId } : {}),
      terms_of_use: values.termsOfUse,
      answers: encodeAnswers(questions, values.answers),
      fileAnswers: files.map(({ question, file }) => ({ job_post_question: { id: question.id, question_key: question.key }, file })),
    });
  } catch (error) {
    throw applyFailure(error, questions);
  }
  // Apply's answer was never documented: a 2xx is a success, and the candidate is looked up by email
  // when the answer does not say. Only a single match is surely the one; otherwise the id stays unknown.
  const candidateId =
    application.value?.candidate?.id ??
    (await findByEmail(api, values.email).then(
      (matches) => (matches.length === 1 ? matches[0]!.id : null),
      () => null,
    ));
  return { applicationId: application.value?.id ?? null, candidateId };
}

/** What a failed Apply means for the person at the form, in words that claim only what is known. */
function applyFailure(error: unknown, questions: Question[]): unknown {
  if (error instanceof ValidationError) return refusal(error, questions);
  if (error instanceof ConflictError) return new UserFacingError("conflict", ALREADY_APPLIED);
  // An application cannot be looked up: finding the person by email does not tell whether this one was made.
  if (mayHaveHappened(error)) return new LostWriteError(error, "unknown", "application");
  return error;
}

const FORM_FIELDS = new Map([
  ["first_name", "firstName"],
  ["last_name", "lastName"],
  ["email", "email"],
  ["cv", "cv"],
  ["terms_of_use", "termsOfUse"],
]);

/**
 * Recruspace's 400 → the form. The client flattens DRF errors (`{"answers": {"key": ["…"]}}` becomes
 * "answers.key"): an error on a field the form has goes next to it, first_name becomes firstName and
 * an answer's becomes its question's field; the rest (a non-field error, an answers-wide one, a
 * question the form does not show) is `unplaced`, for the message, since no field could show it.
 */
export function formFieldErrors(error: ValidationError, questions: Question[]): { fieldErrors: FieldErrors; unplaced: string[] } {
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    const question = field.startsWith("answers.") ? questions.find((q) => `answers.${q.key}` === field) : undefined;
    const formField = question ? `answers.${question.name}` : FORM_FIELDS.get(field);
    if (formField) fieldErrors[formField] = messages;
    else unplaced.push(...messages);
  }
  return { fieldErrors, unplaced };
}

function refusal(error: ValidationError, questions: Question[]): UserFacingError {
  const { fieldErrors, unplaced } = formFieldErrors(error, questions);
  const highlighted = Object.keys(fieldErrors).length > 0;
  if (unplaced.length === 0) return new UserFacingError("validation", "Recruspace refused some answers. Please check the highlighted fields.", fieldErrors);
  const message = `Recruspace refused the application: ${unplaced.join(" ")}${highlighted ? " Please also check the highlighted fields." : ""}`;
  return new UserFacingError("validation", message, highlighted ? fieldErrors : undefined);
}
