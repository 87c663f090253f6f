import "server-only";
import type { LostAnswer } from "@/lib/errors/describe";
import { ConflictError, mayHaveHappened } from "@/lib/recruspace/errors";
import { findExistingCandidate, type ExistingCandidate } from "./existing";
import { parseDestination, type Destination, type NewCandidate } from "./schemas";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { CandidateDetail, ManualAddCandidateInput } from "@/lib/recruspace/schemas";

export type CreatedCandidate = { id: number; email: string; firstName: string; lastName: string };

export type AddOutcome =
  | { status: "created"; candidate: CreatedCandidate; destination: Destination; phoneSaved: boolean; recovered: boolean }
  | { status: "exists"; existing: ExistingCandidate };

/** Which step of the add flow failed, so the form can say "Creating the candidate failed: …". */
export type AddStep = "check" | "create" | "recheck";

export class AddStepError extends Error {
  constructor(
    readonly step: AddStep,
    readonly cause: unknown,
    /** What the user should know about the state Recruspace is in now, when the failure itself does not say it. */
    readonly note: string | null,
    /** For a create whose answer was lost: what the flow found out afterwards. */
    readonly lostAnswer?: LostAnswer,
  ) {
    super(`${step} failed`);
    this.name = "AddStepError";
  }
}

export function destinationBody(destination: Destination): Pick<ManualAddCandidateInput, "job_post" | "talent_pool_id"> {
  return destination.kind === "job_post" ? { job_post: destination.hash } : { talent_pool_id: destination.id };
}

function created(record: CandidateDetail): CreatedCandidate {
  return { id: record.id, email: record.email, firstName: record.first_name, lastName: record.last_name };
}

/**
 * Adds a new candidate whose CV is already uploaded.
 *
 * Choice: the two-step flow (our streaming upload route → document id → manual-add) rather than the
 * one-step multipart Create Candidate, because the document id survives a failed create: a retry
 * re-sends a small JSON body instead of re-uploading up to 20 MB, the browser shows real upload
 * progress, and the file is type-checked before any candidate exists. manual-add has no phone field,
 * so a phone number is saved as a note on the new candidate.
 *
 * Duplicates: an exact email match is reported instead of creating (the user may then add that
 * person to the destination); a 409 reports the same; a create call that timed out or failed with a
 * 5xx/reset is re-checked by email before the user is offered a retry.
 */
export async function addNewCandidate(api: RecruspaceClient, input: NewCandidate): Promise<AddOutcome> {
  const destination = parseDestination(input.destination)!;
  const existing = await step("check", "Nothing was created.", () => findExistingCandidate(api, input.email, destination));
  if (existing) return { status: "exists", existing };

  let record: CandidateDetail;
  try {
    record = await api.manualAddCandidate({
      email: input.email,
      first_name: input.firstName,
      last_name: input.lastName,
      cv: input.cv!.documentId,
      ...destinationBody(destination),
      source_platform: "recruspace-admin",
    });
  } catch (error) {
    if (error instanceof ConflictError) {
      const found = await step("recheck", "Recruspace says this candidate already exists.", () =>
        findExistingCandidate(api, input.email, destination),
      );
      if (found) return { status: "exists", existing: found };
      throw new AddStepError("create", error, "Recruspace says this candidate already exists.");
    }
    if (!mayHaveHappened(error)) throw new AddStepError("create", error, "Nothing was created; your input and CV are kept.");
    const found = await step(
      "recheck",
      "It is unclear whether the candidate was created; retrying checks again first, so no duplicate is made.",
      () => findExistingCandidate(api, input.email, destination),
    );
    if (found?.inDestination) {
      return {
        status: "created",
        candidate: { id: found.id, email: found.email, firstName: found.firstName, lastName: found.lastName },
        destination,
        phoneSaved: await savePhone(api, found.id, input.phone),
        recovered: true,
      };
    }
    throw new AddStepError("create", error, null, "checked_nothing_created");
  }
  return { status: "created", candidate: created(record), destination, phoneSaved: await savePhone(api, record.id, input.phone), recovered: false };
}

/** Best effort: the candidate exists either way; the form says when the phone could not be saved. */
async function savePhone(api: RecruspaceClient, candidateId: number, phone: string | undefined): Promise<boolean> {
  if (!phone) return false;
  try {
    await api.addNote({ candidate_id: candidateId, text: `Phone: ${phone}` });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts a person who already exists into another job post or pool: manual-add with their own details
 * and CV document (or a CV just uploaded in the form), as the API has no "attach" call.
 */
export async function addExistingToDestination(
  api: RecruspaceClient,
  candidateId: number,
  destination: Destination,
  uploadedCvDocumentId?: string | null,
): Promise<{ status: "added" | "already_there"; candidate: CreatedCandidate }> {
  const person = await api.getCandidate(candidateId);
  const sameEmail = await findExistingCandidate(api, person.email, destination);
  if (sameEmail?.inDestination) {
    return { status: "already_there", candidate: { id: sameEmail.id, email: sameEmail.email, firstName: sameEmail.firstName, lastName: sameEmail.lastName } };
  }
  const cv = uploadedCvDocumentId ?? (person.cv ? String(person.cv.id) : undefined);
  const record = await api.manualAddCandidate({
    email: person.email,
    first_name: person.first_name,
    last_name: person.last_name,
    ...(cv ? { cv } : {}),
    ...destinationBody(destination),
    source_platform: "recruspace-admin",
  });
  return { status: "added", candidate: created(record) };
}

async function step<T>(name: AddStep, note: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new AddStepError(name, error, note);
  }
}
