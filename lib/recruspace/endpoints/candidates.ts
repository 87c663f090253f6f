import { SIZE_MISMATCH_MESSAGE, buildMultipart, type MultipartTextField } from "../multipart";
import {
  candidateDetailSchema,
  noteSchema,
  searchHitSchema,
  tagSchema,
  type CandidateDetail,
  type CreateCandidateInput,
  type Listed,
  type ManualAddCandidateInput,
  type Note,
  type SearchHit,
  type Tag,
} from "../schemas";
import { ValidationError } from "../errors";
import type { Accepted, HttpTransport } from "../http";
import { fetchArrayList, idSegment } from "./shared";

export function candidateEndpoints(http: HttpTransport) {
  return {
    /** GET /api/v1/client/candidates/{id}/ */
    async getCandidate(id: number): Promise<CandidateDetail> {
      const operation = "getCandidate";
      return http.json({ operation, method: "GET", path: `/api/v1/client/candidates/${idSegment(operation, "id", id)}/` }, candidateDetailSchema);
    },

    /**
     * POST /api/v1/client/candidates/add/ (multipart, CV streamed). Never retried after a timeout or 5xx:
     * check with searchCandidatesByEmail before trying again. A 2xx is a success even when its body
     * cannot be read (`value: null`).
     */
    async createCandidate(input: CreateCandidateInput): Promise<Accepted<CandidateDetail>> {
      const operation = "createCandidate";
      const fields: MultipartTextField[] = [
        { name: "first_name", value: input.first_name },
        { name: "last_name", value: input.last_name },
        { name: "email", value: input.email },
      ];
      if (input.phone_number) fields.push({ name: "phone_number", value: input.phone_number });
      if (input.job_post) fields.push({ name: "job_post", value: input.job_post });
      if (input.talent_pool_id !== undefined) fields.push({ name: "talent_pool_id", value: String(input.talent_pool_id) });
      const multipart = multipartOrValidation(operation, () => buildMultipart(fields, { fieldName: "cv_file", ...input.cv_file }), "cv_file");
      return http.accepted({ operation, method: "POST", path: "/api/v1/client/candidates/add/", multipart }, candidateDetailSchema);
    },

    /** POST /api/v1/client/candidates/add-note/ */
    async addNote(input: { candidate_id: number; text: string }): Promise<Accepted<Note>> {
      return http.accepted(
        { operation: "addNote", method: "POST", path: "/api/v1/client/candidates/add-note/", json: { candidate_id: input.candidate_id, text: input.text } },
        noteSchema,
      );
    },

    /** POST /api/v1/client/candidates/add-tag/ (409 when the candidate already has the tag). */
    async addTag(input: { candidate_id: number; title: string }): Promise<Accepted<Tag>> {
      return http.accepted(
        { operation: "addTag", method: "POST", path: "/api/v1/client/candidates/add-tag/", json: { candidate_id: input.candidate_id, title: input.title } },
        tagSchema,
      );
    },

    /** POST /api/v1/client/candidates/manual-add/ (JSON; `cv` is a document id from uploadFile). */
    async manualAddCandidate(input: ManualAddCandidateInput): Promise<Accepted<CandidateDetail>> {
      const body: Record<string, unknown> = { email: input.email, first_name: input.first_name, last_name: input.last_name };
      if (input.cv !== undefined && input.cv !== "") body.cv = String(input.cv);
      if (input.job_post) body.job_post = input.job_post;
      if (input.talent_pool_id !== undefined) body.talent_pool_id = input.talent_pool_id;
      if (input.source_platform) body.source_platform = input.source_platform;
      return http.accepted({ operation: "manualAddCandidate", method: "POST", path: "/api/v1/client/candidates/manual-add/", json: body }, candidateDetailSchema);
    },

    /** GET /api/v1/client/candidates/search-by-email/?email= (substring match; plain array). */
    async searchCandidatesByEmail(email: string): Promise<Listed<SearchHit>> {
      return fetchArrayList(
        http,
        { operation: "searchCandidatesByEmail", method: "GET", path: "/api/v1/client/candidates/search-by-email/", query: { email } },
        searchHitSchema,
      );
    },
  };
}

/** A wrong declared size is the caller's input problem, reported like a Recruspace validation error. */
export function multipartOrValidation<T>(operation: string, build: () => T, field: string): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError(operation, { [field]: [SIZE_MISMATCH_MESSAGE] });
    throw error;
  }
}
