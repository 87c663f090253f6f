"use server";

import { defineAction } from "@/lib/actions/define-action";
import { describeFailure } from "@/lib/errors/describe";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { onCandidateAdded } from "@/lib/list-cache/invalidate";
import { addExistingToDestination, addNewCandidate, AddStepError, type AddOutcome } from "@/lib/candidates/add";
import { findExistingCandidate } from "@/lib/candidates/existing";
import { listDestinations as loadDestinations } from "@/lib/candidates/destinations";
import {
  addExistingSchema,
  checkDuplicateSchema,
  listDestinationsSchema,
  newCandidateSchema,
  parseDestination,
} from "@/lib/candidates/schemas";

const STEP_LABEL = {
  check: "Checking for an existing candidate failed",
  create: "Creating the candidate failed",
  recheck: "Creating the candidate failed",
} as const;

const RECRUSPACE_FIELDS: Record<string, string> = { first_name: "firstName", last_name: "lastName", email: "email", cv: "cv" };

/** "Creating the candidate failed: Recruspace did not answer in time. We checked: …", saying only what the flow knows. */
function stepFailure(error: AddStepError): UserFacingError {
  const failure = describeFailure(error.cause, { surface: "action", lostAnswer: error.lostAnswer, thing: "candidate", kept: "Your input and CV are kept" });
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([key, value]) => [RECRUSPACE_FIELDS[key] ?? key, value]))
    : undefined;
  const message = [`${STEP_LABEL[error.step]}: ${failure.message}`, error.note].filter(Boolean).join(" ");
  return new UserFacingError(failure.code, message, fieldErrors);
}

export const createCandidate = defineAction(
  { name: "candidates.create", role: "member", input: newCandidateSchema },
  async (input, ctx): Promise<AddOutcome> => {
    let outcome: AddOutcome;
    try {
      outcome = await addNewCandidate(await ctx.recruspace(), input);
    } catch (error) {
      if (error instanceof AddStepError) throw stepFailure(error);
      throw error;
    }
    if (outcome.status === "created") {
      await ctx.audit({
        action: "candidate.created",
        targetType: "candidate",
        targetId: String(outcome.candidate.id),
        metadata: { destination: input.destination, recoveredAfterFailure: outcome.recovered, cvDocumentId: input.cv?.documentId ?? null },
      });
      onCandidateAdded(ctx.tenantId);
    }
    return outcome;
  },
);

export const checkDuplicate = defineAction(
  { name: "candidates.checkDuplicate", role: "member", input: checkDuplicateSchema },
  async (input, ctx) => {
    const destination = input.destination ? (parseDestination(input.destination) ?? undefined) : undefined;
    return { existing: await findExistingCandidate(await ctx.recruspace(), input.email, destination) };
  },
);

export const addExistingCandidate = defineAction(
  { name: "candidates.addExistingToDestination", role: "member", input: addExistingSchema },
  async (input, ctx) => {
    const destination = parseDestination(input.destination)!;
    const result = await addExistingToDestination(await ctx.recruspace(), input.candidateId, destination, input.cv?.documentId);
    if (result.status === "added") {
      await ctx.audit({
        action: "candidate.added_to_destination",
        targetType: "candidate",
        targetId: String(result.candidate.id),
        metadata: { destination: input.destination, existingCandidateId: input.candidateId },
      });
      onCandidateAdded(ctx.tenantId);
    }
    return result;
  },
);

export const listDestinations = defineAction(
  { name: "candidates.listDestinations", role: "member", input: listDestinationsSchema },
  async (input, ctx) => loadDestinations(await ctx.recruspace(), input.search),
);
