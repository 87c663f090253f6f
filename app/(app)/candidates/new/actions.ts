"use server";

import { defineAction } from "@/lib/actions/define-action";
import { toActionFailure } from "@/lib/actions/errors";
import { UserFacingError } from "@/lib/actions/user-facing-error";
import { recordActorAudit } from "@/lib/audit/record";
import { requestIp } from "@/lib/tenancy/gate";
import { onCandidateAdded } from "@/lib/workspace/cache-invalidation";
import { addExistingToDestination, addNewCandidate, AddStepError, type AddOutcome } from "@/lib/candidates/add-candidate";
import { findExistingCandidate } from "@/lib/candidates/existing";
import { listDestinations as loadDestinations } from "@/lib/candidates/destinations";
import {
  addExistingSchema,
  checkDuplicateSchema,
  listDestinationsSchema,
  newCandidateSchema,
  parseDestination,
} from "@/lib/candidates/schemas";
import type { CandidateApi } from "@/lib/candidates/types";
import { asCandidateApi } from "@/lib/candidates/client-compat";
import type { ActionContext } from "@/lib/actions/define-action";

const STEP_LABEL = {
  check: "Checking for an existing candidate failed",
  create: "Creating the candidate failed",
  recheck: "Creating the candidate failed",
} as const;

const RECRUSPACE_FIELDS: Record<string, string> = { first_name: "firstName", last_name: "lastName", email: "email", cv: "cv" };

async function api(ctx: ActionContext): Promise<CandidateApi> {
  return asCandidateApi(await ctx.recruspace());
}

/** "Creating the candidate failed: Recruspace did not answer in time. We checked: …" */
function stepFailure(error: AddStepError, actionName: string): UserFacingError {
  const failure = toActionFailure(error.cause, actionName);
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([key, value]) => [RECRUSPACE_FIELDS[key] ?? key, value]))
    : undefined;
  const note = failure.code === "rate_limited" ? "Nothing was created; your input and CV are kept." : error.note;
  return new UserFacingError(failure.code, `${STEP_LABEL[error.step]}: ${failure.error} ${note}`.trim(), fieldErrors);
}

export const createCandidate = defineAction(
  { name: "candidates.create", role: "member", input: newCandidateSchema },
  async (input, ctx): Promise<AddOutcome> => {
    let outcome: AddOutcome;
    try {
      outcome = await addNewCandidate(await api(ctx), input);
    } catch (error) {
      if (error instanceof AddStepError) throw stepFailure(error, "candidates.create");
      throw error;
    }
    if (outcome.status === "created") {
      const ip = await requestIp();
      await recordActorAudit(ctx, {
        action: "candidate.created",
        targetType: "candidate",
        targetId: String(outcome.candidate.id),
        metadata: { destination: input.destination, recoveredAfterFailure: outcome.recovered, cvDocumentId: input.cv?.documentId ?? null },
        ip,
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
    return { existing: await findExistingCandidate(await api(ctx), input.email, destination) };
  },
);

export const addExistingCandidate = defineAction(
  { name: "candidates.addExistingToDestination", role: "member", input: addExistingSchema },
  async (input, ctx) => {
    const destination = parseDestination(input.destination)!;
    const result = await addExistingToDestination(await api(ctx), input.candidateId, destination, input.cv?.documentId);
    if (result.status === "added") {
      await recordActorAudit(ctx, {
        action: "candidate.added_to_destination",
        targetType: "candidate",
        targetId: String(result.candidate.id),
        metadata: { destination: input.destination, existingCandidateId: input.candidateId },
        ip: await requestIp(),
      });
      onCandidateAdded(ctx.tenantId);
    }
    return result;
  },
);

export const listDestinations = defineAction(
  { name: "candidates.listDestinations", role: "member", input: listDestinationsSchema },
  async (input, ctx) => loadDestinations(await api(ctx), input.search),
);
