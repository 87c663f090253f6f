import type { RequestContext } from "../http/context";
import { paginate } from "../http/pagination";
import { badRequest, fail, json, notFound } from "../http/response";
import type { Route } from "../http/router";
import { FieldValidator } from "../http/validate";
import { assertEmailFree, createCandidate } from "../store/candidates";
import { storeFile } from "../store/documents";
import type { ApplicationRecord, JobPostRecord, JobPostStatus } from "../store/types";
import { answerFileFolder, isPhotoQuestion } from "./answer-files";
import { checkAnswers, structuredFromAnswers } from "./answers";
import { readApplyBody, type ApplyBody } from "./apply-body";
import { serializerFor } from "./shared";

const STATUSES: JobPostStatus[] = ["draft", "published", "closed", "archived"];
export const NOT_ACCEPTING = "This job post is not accepting applications.";

function postOr404(ctx: RequestContext): JobPostRecord {
  return ctx.store.jobPost(ctx.company.id, ctx.params.job_post_hash ?? "") ?? fail(notFound());
}

/** Apply: JSON, or multipart when it carries file answers (see apply-body.ts). */
async function apply(ctx: RequestContext) {
  const post = postOr404(ctx);
  const input = validApplication(ctx, post, await readApplyBody(ctx));
  if (post.status !== "published") fail(badRequest({ non_field_errors: [NOT_ACCEPTING] }));
  assertEmailFree(ctx, input.email, { post, pool: null });
  // Files are stored only once the application is sure to be created.
  const storedFiles = input.answers.files.map((answer) => ({
    question: answer.question,
    document: storeFile(ctx.store, ctx.company.id, answer.file, answerFileFolder(answer.question), answer.type),
  }));
  const structured = structuredFromAnswers(input.answers.accepted);
  const candidate = createCandidate(
    ctx,
    {
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      phoneNumber: structured.phone,
      cvId: input.cvId ?? null,
      photoId: storedFiles.find((f) => isPhotoQuestion(f.question))?.document.id ?? null,
      sourcePlatform: "api",
      entryMethod: "applied",
      education: structured.education,
      workExperience: structured.workExperience,
    },
    { post, pool: null },
  );
  const application: ApplicationRecord = {
    id: ctx.store.nextId(),
    candidateId: candidate.id,
    jobPostHash: post.hash,
    termsOfUse: input.termsOfUse ?? false,
    answers: [
      ...input.answers.accepted.map((a) => ({ questionId: a.question.id, questionKey: a.question.questionKey, answer: a.answer })),
      // A file answer is recorded as the stored document's id, the way `cv` refers to a document.
      ...storedFiles.map((f) => ({ questionId: f.question.id, questionKey: f.question.questionKey, answer: String(f.document.id) })),
    ],
    createdAt: candidate.createdAt,
  };
  ctx.store.state.applications.push(application);
  ctx.store.changed();
  return json(201, { id: application.id, candidate: { id: candidate.id, email: candidate.email }, job_post: post.hash, created_at: application.createdAt });
}

/** Every field and answer problem at once, DRF-style; answer problems nest under "answers". */
function validApplication(ctx: RequestContext, post: JobPostRecord, body: ApplyBody) {
  const v = new FieldValidator(body.fields);
  const email = v.email("email", { required: true });
  const firstName = v.string("first_name", { required: true, max: 150 });
  const lastName = v.string("last_name", { required: true, max: 150 });
  const cvId = v.integer("cv");
  const termsOfUse = strictBoolean(v, "terms_of_use", body.fields.terms_of_use);
  if (cvId !== undefined && !ctx.store.document(ctx.company.id, cvId)) v.add("cv", "Invalid document id.");
  for (const [partName, messages] of Object.entries(body.strayFileErrors)) messages.forEach((message) => v.add(partName, message));
  const answers = body.answersProblem ?? checkAnswers(post.questions, body.fields.answers, { byIndex: body.files, maxBytes: ctx.maxUploadBytes });
  if (typeof answers === "string") v.errors.answers = [answers];
  else if (Object.keys(answers.errors).length > 0) v.errors.answers = answers.errors;
  if (!v.ok || typeof answers === "string" || !email || !firstName || !lastName) fail(badRequest(v.errors));
  return { email, firstName, lastName, cvId, termsOfUse, answers };
}

/** terms_of_use is optional, but when given it must be a real boolean (multipart "true"/"false" arrive as one). */
function strictBoolean(v: FieldValidator, field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  v.add(field, "Must be a valid boolean.");
  return undefined;
}

/** List Job Posts (paginated, newest first), Get Job Post, List Questions, Apply. */
export const jobPostRoutes: Route[] = [
  {
    pattern: "/api/v1/client/job-posts/",
    handlers: {
      GET: (ctx) => {
        const status = ctx.url.searchParams.get("status");
        if (status !== null && status !== "" && !STATUSES.includes(status as JobPostStatus)) {
          fail(badRequest({ status: [`Select a valid choice. ${status} is not one of the available choices.`] }));
        }
        const search = (ctx.url.searchParams.get("search") ?? "").trim().toLowerCase();
        const posts = ctx.store.state.jobPosts
          .filter((p) => p.companyId === ctx.company.id && (!status || p.status === status) && (!search || p.title.toLowerCase().includes(search)))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.hash.localeCompare(b.hash));
        const page = paginate(posts, ctx.url);
        const s = serializerFor(ctx);
        return json(200, { ...page, results: page.results.map(s.jobPostSummary) });
      },
    },
  },
  {
    pattern: "/api/v1/client/job-posts/:job_post_hash/",
    handlers: { GET: (ctx) => json(200, serializerFor(ctx).jobPostDetail(postOr404(ctx))) },
  },
  {
    pattern: "/api/v1/client/job-posts/:job_post_hash/questions/",
    handlers: {
      GET: (ctx) => {
        const s = serializerFor(ctx);
        return json(200, [...postOr404(ctx).questions].sort((a, b) => a.order - b.order).map(s.question));
      },
    },
  },
  { pattern: "/api/v1/client/job-posts/:job_post_hash/apply/", handlers: { POST: apply } },
];
