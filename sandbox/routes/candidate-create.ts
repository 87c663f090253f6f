import type { RequestContext } from "../http/context";
import { readJsonObject } from "../http/json-body";
import { readMultipartForm } from "../http/multipart-body";
import { badRequest, fail, json } from "../http/response";
import type { Route } from "../http/router";
import { FieldValidator } from "../http/validate";
import { assertEmailFree, createCandidate, resolveTargets } from "../store/candidates";
import { documentProblem, storeUploadedDocument } from "../store/documents";
import { serializerFor } from "./shared";

const NAME_MAX = 150;
export const NO_TARGET = "Provide a job_post or a talent_pool_id.";

/** Fields shared by Create Candidate and manual-add; neither target → non_field_errors. */
function readCommonFields(v: FieldValidator) {
  const email = v.email("email", { required: true });
  const firstName = v.string("first_name", { required: true, max: NAME_MAX });
  const lastName = v.string("last_name", { required: true, max: NAME_MAX });
  const jobPost = v.string("job_post", { max: 64 });
  const talentPoolId = v.integer("talent_pool_id");
  if (jobPost === undefined && talentPoolId === undefined && !v.errors.job_post && !v.errors.talent_pool_id) {
    v.add("non_field_errors", NO_TARGET);
  }
  return { email, firstName, lastName, jobPost, talentPoolId };
}

async function manualAdd(ctx: RequestContext) {
  const v = new FieldValidator(await readJsonObject(ctx));
  const fields = readCommonFields(v);
  const cvId = v.integer("cv");
  const sourcePlatform = v.string("source_platform", { max: 50 }) ?? "api";
  if (cvId !== undefined && !ctx.store.document(ctx.company.id, cvId)) v.add("cv", "Invalid document id.");
  if (!v.ok || !fields.email || !fields.firstName || !fields.lastName) fail(badRequest(v.errors));
  const targets = resolveTargets(ctx, fields.jobPost, fields.talentPoolId);
  assertEmailFree(ctx, fields.email, targets);
  const candidate = createCandidate(
    ctx,
    { email: fields.email, firstName: fields.firstName, lastName: fields.lastName, cvId: cvId ?? null, sourcePlatform, entryMethod: "manual" },
    targets,
  );
  return json(201, serializerFor(ctx).candidateDetail(candidate));
}

async function createWithFile(ctx: RequestContext) {
  const form = await readMultipartForm(ctx, "cv_file");
  const v = new FieldValidator(form.fields);
  const fields = readCommonFields(v);
  const phoneNumber = v.string("phone_number", { max: 30, allowBlank: true });
  const file = form.files.cv_file;
  if (!file) v.add("cv_file", "No file was submitted.");
  const fileProblem = file ? documentProblem(file) : null;
  if (fileProblem) v.add("cv_file", fileProblem);
  if (!v.ok || !file || !fields.email || !fields.firstName || !fields.lastName) fail(badRequest(v.errors));
  const targets = resolveTargets(ctx, fields.jobPost, fields.talentPoolId);
  assertEmailFree(ctx, fields.email, targets);
  const stored = storeUploadedDocument(ctx.store, ctx.company.id, file, "cv");
  if (typeof stored === "string") fail(badRequest({ cv_file: [stored] }));
  const candidate = createCandidate(
    ctx,
    { email: fields.email, firstName: fields.firstName, lastName: fields.lastName, phoneNumber, cvId: stored.id, sourcePlatform: "api", entryMethod: "manual" },
    targets,
  );
  return json(201, serializerFor(ctx).candidateDetail(candidate));
}

/** Create Candidate (multipart with cv_file) and Add Candidate to Job Post or Talent Pool (JSON). */
export const candidateCreateRoutes: Route[] = [
  { pattern: "/api/v1/client/candidates/add/", handlers: { POST: createWithFile } },
  { pattern: "/api/v1/client/candidates/manual-add/", handlers: { POST: manualAdd } },
];
