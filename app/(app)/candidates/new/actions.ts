"use server";

import { defineAction } from "@/lib/actions/define-action";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { addExistingToDestination, addWithUploadedCv, type AddOutcome } from "@/lib/candidates/add";
import { recordAdded, runAdd } from "@/lib/candidates/add-result";
import { findByEmail, nameOfMatch, MAX_SHOWN_MATCHES } from "@/lib/candidates/existing";
import { listDestinations as loadDestinations } from "@/lib/candidates/destinations";
import { addExistingSchema, checkDuplicateSchema, listDestinationsSchema, newCandidateSchema, parseDestination } from "@/lib/candidates/schemas";

/** A new candidate with an uploaded CV (manual-add). With a phone the form uses /api/candidates/create instead. */
export const createCandidate = defineAction(
  { name: "candidates.create", role: "member", input: newCandidateSchema },
  async (input, ctx): Promise<AddOutcome> => {
    if (input.phone) {
      // Only Create Candidate stores a phone, and it needs the file itself.
      throw new UserFacingError("validation", "Add the CV file again so it can be sent with the phone number.", {
        cv: ["Add the CV file again to send it with the phone number."],
      });
    }
    const client = await ctx.recruspace();
    const person = { email: input.email, firstName: input.firstName, lastName: input.lastName };
    const outcome = await runAdd(() =>
      addWithUploadedCv(client, { ...person, destination: parseDestination(input.destination)!, cvDocumentId: input.cv!.documentId }, input.knownMatchIds),
    );
    await recordAdded(ctx, outcome, "candidate.created", { destination: input.destination, cvDocumentId: input.cv?.documentId ?? null });
    return outcome;
  },
);

/**
 * The advisory duplicate check: the records with exactly this email (one documented call), and when
 * there are any, the first one's name (one more), so the form can fill the name in. A read.
 */
export const checkDuplicate = defineAction({ name: "candidates.checkDuplicate", role: "member", staleTab: "allow", input: checkDuplicateSchema }, async (input, ctx) => {
  const client = await ctx.recruspace();
  const matches = (await findByEmail(client, input.email)).slice(0, MAX_SHOWN_MATCHES);
  return { matches, person: await nameOfMatch(client, matches) };
});

export const addExistingCandidate = defineAction(
  { name: "candidates.addExistingToDestination", role: "member", input: addExistingSchema },
  async (input, ctx) => {
    const client = await ctx.recruspace();
    const outcome = await runAdd(() =>
      addExistingToDestination(client, input.candidateId, parseDestination(input.destination)!, input.knownMatchIds, input.cv?.documentId),
    );
    await recordAdded(ctx, outcome, "candidate.added_to_destination", { destination: input.destination, existingCandidateId: input.candidateId }, input.candidateId);
    return outcome;
  },
);

/** The destination picker's search (a read). */
export const listDestinations = defineAction(
  { name: "candidates.listDestinations", role: "member", staleTab: "allow", input: listDestinationsSchema },
  async (input, ctx) => loadDestinations(ctx.tenantId, ctx.recruspace, input.search),
);
