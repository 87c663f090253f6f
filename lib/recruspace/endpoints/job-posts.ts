import type { Accepted, HttpTransport } from "../http";
import { clampPageParams } from "../pagination";
import {
  applyResultSchema,
  jobPostQuestionSchema,
  jobPostSchema,
  jobPostSummarySchema,
  pageSchema,
  type ApplyAnswer,
  type ApplyFileAnswer,
  type ApplyResult,
  type ApplyToJobPostInput,
  type JobPost,
  type JobPostQuestion,
  type JobPostSummary,
  type Listed,
  type ListJobPostsParams,
  type Page,
} from "../schemas";
import { buildMultipartWithFiles, type MultipartTextField } from "../multipart";
import { multipartOrValidation } from "./candidates";
import { fetchArrayList, hashSegment } from "./shared";

const jobPostPageSchema = pageSchema(jobPostSummarySchema);

export function jobPostEndpoints(http: HttpTransport) {
  return {
    /** GET /api/v1/client/job-posts/?page&page_size&status&search (paginated, newest first). */
    async listJobPosts(params: ListJobPostsParams = {}): Promise<Page<JobPostSummary>> {
      const query = { ...clampPageParams(params), status: params.status, search: params.search };
      return http.json({ operation: "listJobPosts", method: "GET", path: "/api/v1/client/job-posts/", query }, jobPostPageSchema);
    },

    /** GET /api/v1/client/job-posts/{hash}/ */
    async getJobPost(hash: string): Promise<JobPost> {
      const operation = "getJobPost";
      return http.json({ operation, method: "GET", path: `/api/v1/client/job-posts/${hashSegment(operation, hash)}/` }, jobPostSchema);
    },

    /**
     * POST /api/v1/client/job-posts/{hash}/apply/ — 409 when this email already applied. Never retried after a timeout/5xx.
     * JSON, or multipart when there are file answers (their files are streamed, never buffered).
     */
    async applyToJobPost(hash: string, input: ApplyToJobPostInput): Promise<Accepted<ApplyResult>> {
      const operation = "applyToJobPost";
      const path = `/api/v1/client/job-posts/${hashSegment(operation, hash)}/apply/`;
      const fileAnswers = input.fileAnswers ?? [];
      if (fileAnswers.length === 0) return http.accepted({ operation, method: "POST", path, json: applyJson(input) }, applyResultSchema);
      const multipart = multipartOrValidation(operation, () => applyMultipart(input, fileAnswers), "answers");
      return http.accepted({ operation, method: "POST", path, multipart }, applyResultSchema);
    },

    /** GET /api/v1/client/job-posts/{hash}/questions/ (plain array). */
    async listJobPostQuestions(hash: string): Promise<Listed<JobPostQuestion>> {
      const operation = "listJobPostQuestions";
      return fetchArrayList(http, { operation, method: "GET", path: `/api/v1/client/job-posts/${hashSegment(operation, hash)}/questions/` }, jobPostQuestionSchema);
    },
  };
}

const questionRef = (ref: ApplyAnswer["job_post_question"]) => ({ id: ref.id, question_key: ref.question_key });

function applyJson(input: ApplyToJobPostInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    email: input.email,
    first_name: input.first_name,
    last_name: input.last_name,
    answers: input.answers.map((a) => ({ job_post_question: questionRef(a.job_post_question), answer: a.answer })),
  };
  if (input.cv !== undefined && input.cv !== "") body.cv = String(input.cv);
  if (input.terms_of_use !== undefined) body.terms_of_use = input.terms_of_use;
  return body;
}

/**
 * The multipart Apply (docs/recruspace-contract.md, "Apply with file answers"): the text fields,
 * `answers` as one JSON field in which a file question's item has no `answer`, and each file as the
 * part `answers[N].answer_file`, N being its item's index. File items come after the text answers.
 */
function applyMultipart(input: ApplyToJobPostInput, fileAnswers: ApplyFileAnswer[]) {
  const items = [
    ...input.answers.map((a) => ({ job_post_question: questionRef(a.job_post_question), answer: a.answer })),
    ...fileAnswers.map((a) => ({ job_post_question: questionRef(a.job_post_question) })),
  ];
  const fields: MultipartTextField[] = [
    { name: "email", value: input.email },
    { name: "first_name", value: input.first_name },
    { name: "last_name", value: input.last_name },
  ];
  if (input.cv !== undefined && input.cv !== "") fields.push({ name: "cv", value: String(input.cv) });
  if (input.terms_of_use !== undefined) fields.push({ name: "terms_of_use", value: String(input.terms_of_use) });
  fields.push({ name: "answers", value: JSON.stringify(items) });
  const files = fileAnswers.map((a, i) => ({ fieldName: `answers[${input.answers.length + i}].answer_file`, ...a.file }));
  return buildMultipartWithFiles({ fields, files, mismatchField: "answers" });
}
