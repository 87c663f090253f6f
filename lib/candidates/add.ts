import "server-only";
import { LostWriteError } from "@/lib/errors/failures";
import type { Accepted, RecruspaceClient } from "@/lib/recruspace/client";
import { ConflictError, mayHaveHappened } from "@/lib/recruspace/errors";
import type { CandidateDetail } from "@/lib/recruspace/schemas";
import { findByEmail, type EmailMatch } from "./existing";
import type { Destination } from "./schemas";

/** Who was added; `id` is null when Recruspace's success answer could not be read and the record could not be told apart. */
export type CreatedCandidate = { id: number | null; email: string; firstName: string; lastName: string };

export type AddOutcome =
  | { status: "created"; candidate: CreatedCandidate; recovered: boolean; phoneSaved: boolean }
  /** Records with this email exist and the form had not shown them yet: it offers to add that person instead. */
  | { status: "exists"; matches: EmailMatch[] }
  /** Recruspace refused with 409: the email is already in the chosen pool or post. Nothing was created. */
  | { status: "already_there"; matches: EmailMatch[] };

/** Which step failed, so the form can say "Creating the candidate failed: …". */
export type AddStep = "check" | "create" | "recheck";

export class AddStepError extends Error {
  constructor(
    readonly step: AddStep,
    readonly cause: unknown,
    /** What the user should know about the state Recruspace is in now, when the failure itself does not say it. */
    readonly note: string | null,
    /** For a create whose answer was lost: what the flow found out afterwards. */
    readonly lostAnswer?: LostWriteError["knowledge"],
  ) {
    super(`${step} failed`);
    this.name = "AddStepError";
  }
}

export type NewPerson = { email: string; firstName: string; lastName: string };

/** The email records the form's own check saw (null when it did not finish): what existed before this add. */
export type KnownMatches = number[] | null;

/**
 * What to do when the form could not say what existed (KnownMatches null): look first, and either stop
 * with "exists" so the user decides (a new person), or just remember it (a person known to exist).
 */
type WhenUnknown = "stop_if_exists" | "remember";

export function destinationBody(destination: Destination): { job_post?: string; talent_pool_id?: number } {
  return destination.kind === "job_post" ? { job_post: destination.hash } : { talent_pool_id: destination.id };
}

/**
 * Adds a new person, and tells the truth about the result using documented facts only:
 * - membership of a pool or post is not in the documented candidate shape, so the add is never
 *   skipped on a guess: Recruspace's 409 for the chosen destination is what says "already there";
 * - a 2xx whose body cannot be read is a success; the new record is found by email;
 * - after a lost answer (timeout, reset, 5xx) the records with this email are listed again: one that
 *   was not there before is ours; none means nothing was created and a retry is safe.
 * `send` is the one create call: manual-add with an uploaded CV, or Create Candidate with the file and phone.
 */
export async function addPerson(
  client: RecruspaceClient,
  person: NewPerson,
  known: KnownMatches,
  send: () => Promise<Accepted<CandidateDetail>>,
  options: { phoneSaved: boolean; whenUnknown?: WhenUnknown },
): Promise<AddOutcome> {
  let before = known;
  if (before === null) {
    // The form could not show its duplicate check: look now, so a second record is never made unasked
    // and a record that appears after a lost answer can be told from one that was there.
    const matches = await step("check", "Nothing was created.", () => findByEmail(client, person.email, { recent: true }));
    if (matches.length > 0 && (options.whenUnknown ?? "stop_if_exists") === "stop_if_exists") return { status: "exists", matches };
    before = matches.map((match) => match.id);
  }

  let accepted: Accepted<CandidateDetail>;
  try {
    accepted = await send();
  } catch (error) {
    if (error instanceof ConflictError) {
      const matches = await findByEmail(client, person.email).catch(() => []);
      return { status: "already_there", matches };
    }
    if (!mayHaveHappened(error)) throw new AddStepError("create", error, "Nothing was created; your input and CV are kept.");
    const appeared = await step("recheck", "It is unclear whether the candidate was created; search by their email before retrying.", () =>
      newRecordsWithEmail(client, person.email, before),
    );
    if (appeared.length === 1) return created(person, appeared[0]!.id, { recovered: true, phoneSaved: options.phoneSaved });
    if (appeared.length === 0) throw new AddStepError("create", error, null, "checked_nothing_created");
    throw new AddStepError("create", error, null, "unknown");
  }
  if (accepted.value) return created(person, accepted.value.id, { recovered: false, phoneSaved: options.phoneSaved });
  // Created, but the answer could not be read: the record that appeared with this email is ours.
  const appeared = await newRecordsWithEmail(client, person.email, before).catch(() => []);
  return created(person, appeared.length === 1 ? appeared[0]!.id : null, { recovered: false, phoneSaved: options.phoneSaved });
}

async function newRecordsWithEmail(client: RecruspaceClient, email: string, before: number[]): Promise<EmailMatch[]> {
  return (await findByEmail(client, email)).filter((match) => !before.includes(match.id));
}

function created(person: NewPerson, id: number | null, flags: { recovered: boolean; phoneSaved: boolean }): AddOutcome {
  return { status: "created", candidate: { id, ...person }, ...flags };
}

/** A new candidate whose CV is already uploaded (document id): manual-add. */
export function addWithUploadedCv(
  client: RecruspaceClient,
  input: NewPerson & { destination: Destination; cvDocumentId: string },
  known: KnownMatches,
): Promise<AddOutcome> {
  return addPerson(
    client,
    input,
    known,
    () =>
      client.manualAddCandidate({
        email: input.email,
        first_name: input.firstName,
        last_name: input.lastName,
        cv: input.cvDocumentId,
        ...destinationBody(input.destination),
        source_platform: "recruspace-admin",
      }),
    { phoneSaved: false },
  );
}

/**
 * Puts a person who already exists into another job post or pool: manual-add with their own details
 * and CV document (or a CV just uploaded in the form), as the API has no "attach" call. Their name
 * and CV come from the documented candidate shape.
 */
export async function addExistingToDestination(
  client: RecruspaceClient,
  candidateId: number,
  destination: Destination,
  known: KnownMatches,
  uploadedCvDocumentId?: string | null,
): Promise<AddOutcome> {
  const person = await step("check", "Nothing was added.", () => client.getCandidate(candidateId));
  const cv = uploadedCvDocumentId ?? (person.cv ? String(person.cv.id) : undefined);
  const who = { email: person.email, firstName: person.first_name ?? "", lastName: person.last_name ?? "" };
  return addPerson(
    client,
    who,
    known,
    () =>
      client.manualAddCandidate({
        email: who.email,
        first_name: who.firstName,
        last_name: who.lastName,
        ...(cv ? { cv } : {}),
        ...destinationBody(destination),
        source_platform: "recruspace-admin",
      }),
    { phoneSaved: false, whenUnknown: "remember" },
  );
}

async function step<T>(name: AddStep, note: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new AddStepError(name, error, note);
  }
}
