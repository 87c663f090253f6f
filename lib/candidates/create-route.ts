import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describeFailure, logUnexpected } from "@/lib/errors/describe";
import { zodFieldErrors } from "@/lib/errors/field-errors";
import { fail, type ActionResult } from "@/lib/errors/result";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import type { Accepted, RecruspaceClient } from "@/lib/recruspace/client";
import type { CandidateDetail } from "@/lib/recruspace/schemas";
import { header, serveCvStream } from "@/lib/cv/upload-route";
import { CvUploadError } from "@/lib/cv/stream-to-recruspace";
import type { TenantContext } from "@/lib/tenancy/context";
import { addPerson, destinationBody, type AddOutcome } from "./add";
import { recordAdded, runAdd } from "./add-result";
import { findByEmail } from "./existing";
import { newCandidateFieldsSchema, parseDestination } from "./schemas";

/** The candidate's fields travel in this header (percent-encoded JSON); the body is the CV file itself. */
export const CANDIDATE_HEADER = "x-candidate";

export type CreateRouteOptions = {
  gate: () => Promise<TenantContext & { ip: string }>;
  client: (tenantId: string) => Promise<RecruspaceClient>;
  maxBytes: number;
};

type Context = { ctx: TenantContext & { ip: string }; client: RecruspaceClient; fields: ReturnType<typeof newCandidateFieldsSchema.parse> };

/**
 * POST /api/uploads/candidate: a new candidate WITH a phone number. Only Create Candidate stores a
 * phone, and it takes the CV file itself (multipart), so the browser sends the file again here and
 * it streams on to Recruspace as it arrives. The answer has the shape of a server action's result,
 * so the form reads both paths the same way. Without a phone the form uses the manual-add action.
 */
export function serveCreateCandidate(req: IncomingMessage, res: ServerResponse, options: CreateRouteOptions): Promise<void> {
  return serveCvStream<Context, AddOutcome>(req, res, {
    before: async () => {
      const ctx = await options.gate();
      const fields = readFields(header(req, CANDIDATE_HEADER));
      return { ctx, fields, client: await options.client(ctx.tenantId) };
    },
    early: async ({ client, fields }) => {
      if (fields.knownMatchIds !== null) return null;
      // The form could not show its duplicate check: look first, without taking the file.
      const matches = await findByEmail(client, fields.email, { recent: true });
      return matches.length ? result({ ok: true, data: { status: "exists", matches } }) : null;
    },
    send: async ({ client, fields }) => {
      const destination = parseDestination(fields.destination)!;
      // The file goes upstream inside the one add call; the outcome is decided around it (./add.ts).
      return (cvFile) =>
        runAdd(() =>
          addPerson(
            client,
            { email: fields.email, firstName: fields.firstName, lastName: fields.lastName },
            fields.knownMatchIds ?? [],
            (): Promise<Accepted<CandidateDetail>> =>
              client.createCandidate({
                first_name: fields.firstName,
                last_name: fields.lastName,
                email: fields.email,
                phone_number: fields.phone || undefined,
                ...destinationBody(destination),
                cv_file: cvFile,
              }),
            { phoneSaved: true },
          ),
        );
    },
    answer: async (outcome, { ctx, fields }) => {
      await recordAdded(ctx, outcome, "candidate.created", { destination: fields.destination, withPhone: true });
      return result({ ok: true, data: outcome });
    },
    failure: (caught) => {
      if (caught instanceof CvUploadError) {
        // The file itself was refused (size, type): the form shows it under the CV.
        return { status: caught.status, body: { ...fail("validation", caught.message, { cv: [caught.message] }), reason: caught.code } };
      }
      const failure = describeFailure(caught, { surface: "route" });
      if (!failure.expected) logUnexpected("candidates.create", caught);
      return { status: failure.status, body: fail(failure.code, failure.message, failure.fieldErrors) };
    },
    maxBytes: options.maxBytes,
  });
}

function result(body: ActionResult<AddOutcome>) {
  return { status: 200, body };
}

function readFields(raw: string | null) {
  let value: unknown = null;
  try {
    value = raw ? JSON.parse(decodeURIComponent(raw)) : null;
  } catch {
    // Reported as a validation failure below.
  }
  const parsed = newCandidateFieldsSchema.safeParse(value);
  if (!parsed.success) throw new UserFacingError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
  return parsed.data;
}
