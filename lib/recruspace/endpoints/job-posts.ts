import type { HttpTransport } from "../http";
import { clampPageParams } from "../pagination";
import {
  applyResultSchema,
  jobPostQuestionSchema,
  jobPostSchema,
  jobPostSummarySchema,
  pageSchema,
  type ApplyResult,
  type ApplyToJobPostInput,
  type JobPost,
  type JobPostQuestion,
  type JobPostSummary,
  type ListJobPostsParams,
  type Page,
} from "../schemas";
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

    /** POST /api/v1/client/job-posts/{hash}/apply/ — 409 when this email already applied. Never retried after a timeout/5xx. */
    async applyToJobPost(hash: string, input: ApplyToJobPostInput): Promise<ApplyResult> {
      const operation = "applyToJobPost";
      const body: Record<string, unknown> = {
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
        answers: input.answers.map((a) => ({ job_post_question: { id: a.job_post_question.id, question_key: a.job_post_question.question_key }, answer: a.answer })),
      };
      if (input.cv !== undefined && input.cv !== "") body.cv = String(input.cv);
      if (input.terms_of_use !== undefined) body.terms_of_use = input.terms_of_use;
      return http.json({ operation, method: "POST", path: `/api/v1/client/job-posts/${hashSegment(operation, hash)}/apply/`, json: body }, applyResultSchema);
    },

    /** GET /api/v1/client/job-posts/{hash}/questions/ (plain array). */
    async listJobPostQuestions(hash: string): Promise<JobPostQuestion[]> {
      const operation = "listJobPostQuestions";
      return fetchArrayList(http, { operation, method: "GET", path: `/api/v1/client/job-posts/${hashSegment(operation, hash)}/questions/` }, jobPostQuestionSchema);
    },
  };
}
