import type { RequestContext } from "../http/context";
import { readJsonObject } from "../http/json-body";
import { paginate } from "../http/pagination";
import { badRequest, fail, json, notFound } from "../http/response";
import type { Route } from "../http/router";
import { FieldValidator } from "../http/validate";
import { assertEmailFree, createCandidate } from "../store/candidates";
import type { JobPostRecord, JobPostStatus } from "../store/types";
import { checkAnswers, structuredFromAnswers } from "./answers";
import { serializerFor } from "./shared";

const STATUSES: JobPostStatus[] = ["draft", "published", "closed", "archived"];
export const NOT_ACCEPTING = "This job post is not accepting applications.";

function postOr404(ctx: RequestContext): JobPostRecord {
  return ctx.store.jobPost(ctx.company.id, ctx.params.job_post_hash ?? "") ?? fail(notFound());
}

async function apply(ctx: RequestContext) {
  const post = postOr404(ctx);
  const body = await readJsonObject(ctx);
  const v = new FieldValidator(body);
  const email = v.email("email", { required: true });
  const firstName = v.string("first_name", { required: true, max: 150 });
  const lastName = v.string("last_name", { required: true, max: 150 });
  const cvId = v.integer("cv");
  const termsOfUse = v.boolean("terms_of_use");
  if (cvId !== undefined && !ctx.store.document(ctx.company.id, cvId)) v.add("cv", "Invalid document id.");
  const answers = checkAnswers(post.questions, body.answers);
  if (typeof answers === "string") v.errors.answers = [answers];
  else if (Object.keys(answers.errors).length > 0) v.errors.answers = answers.errors;
  if (!v.ok || typeof answers === "string" || !email || !firstName || !lastName) fail(badRequest(v.errors));
  if (post.status !== "published") fail(badRequest({ non_field_errors: [NOT_ACCEPTING] }));
  assertEmailFree(ctx, email, { post, pool: null });
  const structured = structuredFromAnswers(answers.accepted);
  const candidate = createCandidate(
    ctx,
    {
      email,
      firstName,
      lastName,
      phoneNumber: structured.phone,
      cvId: cvId ?? null,
      sourcePlatform: "api",
      entryMethod: "applied",
      education: structured.education,
      workExperience: structured.workExperience,
    },
    { post, pool: null },
  );
  const application = {
    id: ctx.store.nextId(),
    candidateId: candidate.id,
    jobPostHash: post.hash,
    termsOfUse: termsOfUse ?? false,
    answers: answers.accepted.map((a) => ({ questionId: a.question.id, questionKey: a.question.questionKey, answer: a.answer })),
    createdAt: candidate.createdAt,
  };
  ctx.store.state.applications.push(application);
  ctx.store.changed();
  return json(201, { id: application.id, candidate: { id: candidate.id, email: candidate.email }, job_post: post.hash, created_at: application.createdAt });
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
