import "server-only";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { describeFailure } from "@/lib/errors/describe";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { onCandidateAdded } from "@/lib/list-cache/invalidate";
import { db } from "@/lib/db";
import { rememberSeen } from "@/lib/candidate-index/record";
import { AddStepError, type AddOutcome } from "./add";

const STEP_LABEL = {
  check: "Checking for an existing candidate failed",
  create: "Creating the candidate failed",
  recheck: "Creating the candidate failed",
} as const;

const FORM_FIELDS: Record<string, string> = { first_name: "firstName", last_name: "lastName", email: "email", cv: "cv", cv_file: "cv", phone_number: "phone" };

/** "Creating the candidate failed: Recruspace did not answer in time. We checked: …", saying only what the flow knows. */
export function addStepFailure(error: AddStepError): UserFacingError {
  const failure = describeFailure(error.cause, { surface: "action", lostAnswer: error.lostAnswer, thing: "candidate", kept: "Your input and CV are kept" });
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([key, value]) => [FORM_FIELDS[key] ?? key, value]))
    : undefined;
  const message = [`${STEP_LABEL[error.step]}: ${failure.message}`, error.note].filter(Boolean).join(" ");
  return new UserFacingError(failure.code, message, fieldErrors, failure.retryAfterSeconds);
}

/** Runs an add flow; a failed step comes back in the words above. */
export async function runAdd(add: () => Promise<AddOutcome>): Promise<AddOutcome> {
  try {
    return await add();
  } catch (error) {
    throw error instanceof AddStepError ? addStepFailure(error) : error;
  }
}

/** After a created candidate: who did it (audit) and which cached lists changed. */
export async function recordAdded(
  actor: Actor,
  outcome: AddOutcome,
  action: "candidate.created" | "candidate.added_to_destination",
  metadata: Record<string, string | number | boolean | null>,
  /** The existing candidate an add to another destination copied: their timeline shows the add too. */
  fromCandidateId?: number,
  /** One person of a bulk add: said in the audit entry; the lists are invalidated once when the run ends. */
  { bulk = false }: { bulk?: boolean } = {},
): Promise<void> {
  if (outcome.status !== "created") return;
  await recordActorAudit(actor, {
    action,
    targetType: "candidate",
    targetId: outcome.candidate.id === null ? undefined : String(outcome.candidate.id),
    relatedTargetId: fromCandidateId === undefined ? undefined : String(fromCandidateId),
    metadata: { ...metadata, recoveredAfterFailure: outcome.recovered, phoneSaved: outcome.phoneSaved, ...(bulk ? { bulk: true } : {}) },
  });
  if (!bulk) onCandidateAdded(actor.tenantId);
  const { id, email, firstName, lastName } = outcome.candidate;
  if (id !== null) await rememberSeen(db(), actor.tenantId, [{ id, email, firstName, lastName }]);
}
