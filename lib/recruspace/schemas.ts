import { z } from "zod";
import {
  described,
  nodeOf,
  sameShape,
  anything,
  boolean,
  countedList,
  documented,
  inferred,
  integer,
  list,
  number,
  object,
  openEnum,
  required,
  text,
} from "./contract/fields";
import { QUESTION_TYPES } from "./question-types";

export { QUESTION_TYPES };

/**
 * zod schemas of every Recruspace response, field by field marked `required`, `documented` or
 * `inferred` (./contract/fields.ts; the table is docs/recruspace-contract.md, "Documented and
 * inferred"). Only required fields can fail an answer; every other field that is missing, null or of
 * another shape becomes null, and the page shows the rest. Objects keep fields they do not know.
 * Enumerations the vendor only showed examples of accept any string.
 */

export const JOB_POST_STATUSES = ["draft", "published", "closed", "archived"] as const;
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "contract", "intern"] as const;
export const WORKPLACE_TYPES = ["on_site", "remote", "hybrid"] as const;
export const COMPANY_USER_ROLES = ["owner", "admin", "recruiter", "hiring_manager"] as const;

export type JobPostStatus = (typeof JOB_POST_STATUSES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];
export type CompanyUserRole = (typeof COMPANY_USER_ROLES)[number];

const id = () => required(integer());
const timestamp = () => text();

/** A stored file (CV, photo, profile image), documented in full by the Add Candidate page; `presigned_url` is the link. */
export const uploadedFileSchema = object({
  id: id(),
  name: documented(text()),
  path: documented(text(), { nullable: true }),
  type: documented(text(), { nullable: true }),
  file_size: documented(integer(), { nullable: true }),
  base: documented(text(), { nullable: true }),
  presigned_url: documented(text(), { nullable: true }),
  uploaded_at: documented(timestamp(), { nullable: true }),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export const userBasicSchema = object({
  id: id(),
  email: required(text()),
  first_name: documented(text()),
  last_name: documented(text()),
  profile_img: documented(uploadedFileSchema, { nullable: true }),
});
export type UserBasic = z.infer<typeof userBasicSchema>;

export const companyUserSchema = object({
  id: id(),
  user: required(userBasicSchema),
  role: inferred(openEnum(COMPANY_USER_ROLES)),
  is_active: inferred(boolean()),
  created_at: inferred(timestamp()),
});
export type CompanyUser = z.infer<typeof companyUserSchema>;

/** The whole offices page is missing from the vendor docs: everything but the id is a guess. */
export const officeSchema = object({
  id: id(),
  name: inferred(text()),
  address: inferred(text(), { nullable: true }),
  city: inferred(text(), { nullable: true }),
  country: inferred(text(), { nullable: true }),
  postal_code: inferred(text(), { nullable: true }),
  is_headquarters: inferred(boolean()),
  created_at: inferred(timestamp()),
});
export type Office = z.infer<typeof officeSchema>;

export const tagSchema = object({ id: id(), title: required(text()) });
export type Tag = z.infer<typeof tagSchema>;

export const noteSchema = object({
  id: id(),
  text: documented(text()),
  created_at: inferred(timestamp()),
  updated_at: inferred(timestamp()),
});
export type Note = z.infer<typeof noteSchema>;

export const searchHitSchema = object({ id: id(), email: required(text()) });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const exampleCandidateSchema = object({
  id: id(),
  email: required(text()),
  first_name: documented(text()),
  last_name: documented(text()),
  photo: documented(text(), { nullable: true }),
});
export type ExampleCandidate = z.infer<typeof exampleCandidateSchema>;

/** The Pagination guide's example item: hash, applicant count and example candidates; the rest is named in prose only. */
export const jobPostSummarySchema = object({
  hash: required(text().min(1)),
  applicant_count: documented(integer()),
  example_candidates: documented(list(exampleCandidateSchema)),
  title: inferred(text()),
  status: inferred(openEnum(JOB_POST_STATUSES)),
  employment_type: inferred(openEnum(EMPLOYMENT_TYPES), { nullable: true }),
  workplace_type: inferred(openEnum(WORKPLACE_TYPES), { nullable: true }),
  locations: inferred(list(text())),
  created_at: inferred(timestamp()),
  updated_at: inferred(timestamp()),
});
export type JobPostSummary = z.infer<typeof jobPostSummarySchema>;

export const jobPostSchema = object({
  ...jobPostSummarySchema.shape,
  created_by: documented(companyUserSchema, { nullable: true }),
  description: inferred(text(), { nullable: true }),
  office: inferred(officeSchema, { nullable: true }),
  categories: inferred(list(text())),
  pipeline: inferred(integer(), { nullable: true }),
});
export type JobPost = z.infer<typeof jobPostSchema>;

/** Options may come as strings or as {label|name|value} objects; both read as their text. */
const questionOption = z.union([
  text(),
  z.looseObject({ label: z.string() }).transform((option) => option.label),
  z.looseObject({ name: z.string() }).transform((option) => option.name),
  z.looseObject({ value: z.union([z.string(), z.number()]) }).transform((option) => String(option.value)),
]);

/** Only id and question_key are confirmed (apply answers echo them); the rest of a question is a guess. */
export const jobPostQuestionSchema = object({
  id: id(),
  question_key: required(text().min(1)),
  label: inferred(text(), { nullable: true }),
  type: inferred(text()),
  required: inferred(boolean()),
  options: inferred(list(questionOption), { nullable: true }),
  order: inferred(number(), { nullable: true }),
});
export type JobPostQuestion = z.infer<typeof jobPostQuestionSchema>;

export const talentPoolSchema = object({
  id: id(),
  name: required(text()),
  candidate_count: documented(integer()),
  created_by: documented(companyUserSchema, { nullable: true }),
  created_at: inferred(timestamp()),
  updated_at: inferred(timestamp()),
});
export type TalentPool = z.infer<typeof talentPoolSchema>;

/** A pool's candidate: the vendor never showed the item, only "a candidate with name, email and more". */
export const candidateSummarySchema = object({
  id: id(),
  email: required(text()),
  first_name: inferred(text()),
  last_name: inferred(text()),
  photo: inferred(text(), { nullable: true }),
  tags: inferred(list(tagSchema)),
  suitability: inferred(text(), { nullable: true }),
  created_at: inferred(timestamp()),
  added_at: inferred(timestamp()),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export const candidateJobPostRefSchema = object({
  hash: required(text()),
  title: documented(text()),
  status: documented(openEnum(JOB_POST_STATUSES)),
  pipeline: documented(integer(), { nullable: true }),
});
export type CandidateJobPostRef = z.infer<typeof candidateJobPostRefSchema>;

export const substageSchema = object({
  id: id(),
  name: documented(text()),
  stage: documented(
    object({
      id: id(),
      name: documented(text()),
      key: documented(text()),
      created_at: documented(timestamp()),
      pipeline: documented(integer(), { nullable: true }),
    }),
    { nullable: true },
  ),
  queue: documented(integer()),
  is_visible: documented(boolean()),
  created_at: documented(timestamp()),
  email_template: documented(integer(), { nullable: true }),
});
export type Substage = z.infer<typeof substageSchema>;

export const educationSchema = object({
  school_name: documented(text(), { nullable: true }),
  degree: documented(text(), { nullable: true }),
  major: documented(text(), { nullable: true }),
  start_date: documented(text(), { nullable: true }),
  end_date: documented(text(), { nullable: true }),
  currently_pursuing: documented(boolean(), { nullable: true }),
});
export type Education = z.infer<typeof educationSchema>;

export const workExperienceSchema = object({
  company_name: documented(text(), { nullable: true }),
  position_title: documented(text(), { nullable: true }),
  employment_type: documented(openEnum(EMPLOYMENT_TYPES), { nullable: true }),
  start_date: documented(text(), { nullable: true }),
  end_date: documented(text(), { nullable: true }),
  currently_employed: documented(boolean(), { nullable: true }),
});
export type WorkExperience = z.infer<typeof workExperienceSchema>;

export const candidateLinkSchema = object({ platform: documented(text(), { nullable: true }), url: required(text()) });
export type CandidateLink = z.infer<typeof candidateLinkSchema>;

/** The pools a candidate belongs to: not in the documented candidate shape (our guess). */
export const candidatePoolRefSchema = object({ id: id(), name: inferred(text()) });

/** The full candidate of the complete Add Candidate page (Get Candidate returns the same, by the docs' prose). */
export const candidateDetailSchema = object({
  id: id(),
  email: required(text()),
  first_name: documented(text()),
  last_name: documented(text()),
  company: documented(z.union([text(), integer()]), { nullable: true }),
  user: documented(userBasicSchema, { nullable: true }),
  job_post: documented(candidateJobPostRefSchema, { nullable: true }),
  initial_applied_job_post: documented(candidateJobPostRefSchema, { nullable: true }),
  substage: documented(substageSchema, { nullable: true }),
  cv: documented(uploadedFileSchema, { nullable: true }),
  photo: documented(uploadedFileSchema, { nullable: true }),
  phone_number: documented(text(), { nullable: true }),
  address: documented(text(), { nullable: true }),
  city: documented(text(), { nullable: true }),
  country: documented(text(), { nullable: true }),
  education: documented(list(educationSchema)),
  work_experience: documented(list(workExperienceSchema)),
  links: documented(list(candidateLinkSchema)),
  tags: documented(list(tagSchema)),
  suitability: documented(text(), { nullable: true }),
  is_pinned: documented(boolean()),
  is_parsed: documented(boolean()),
  score: documented(number(), { nullable: true }),
  skills: documented(list(text())),
  total_work_experience: documented(number(), { nullable: true }),
  seniority: documented(text(), { nullable: true }),
  is_seen: documented(boolean()),
  rejected_mail_sended: documented(boolean()),
  source_platform: documented(text(), { nullable: true }),
  entry_method: documented(text(), { nullable: true }),
  error_status: documented(boolean()),
  created_at: documented(timestamp()),
  updated_at: documented(timestamp()),
  talent_pools: inferred(list(candidatePoolRefSchema)),
});
export type CandidateDetail = z.infer<typeof candidateDetailSchema>;

/** Apply's 201 body was never shown by the vendor: all of it is a guess. */
export const applyResultSchema = object({
  id: inferred(integer()),
  candidate: inferred(object({ id: id(), email: inferred(text()) })),
  job_post: inferred(text(), { nullable: true }),
  created_at: inferred(timestamp()),
});
export type ApplyResult = z.infer<typeof applyResultSchema>;

/** A document id as Upload File gives it: a number, or a string of digits. */
const documentId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]).transform(String);

/**
 * Upload File's answer is known only from the vendor's n8n node: {"success":"OK","content":{File}}.
 * Whatever wraps it, the document id is what the next call needs; the rest is read as tolerantly as a file.
 */
const uploadedDocumentSchema = object({
  id: required(documentId),
  name: inferred(text()),
  file_size: inferred(integer()),
  type: inferred(text(), { nullable: true }),
});
const wrappedUploadSchema = object({ success: inferred(anything()), content: required(uploadedDocumentSchema) });
export const uploadFileResponseSchema = described(
  z.union([wrappedUploadSchema.transform((answer) => answer.content), uploadedDocumentSchema]),
  { kind: "choice", pick: (value) => nodeOf(value && typeof value === "object" && "content" in value ? wrappedUploadSchema : uploadedDocumentSchema) },
);
export type UploadedDocument = z.infer<typeof uploadedDocumentSchema>;

/** A page of a paginated list, with how many of its items could not be read (they lacked their id). */
export type Page<T> = { count: number; next: string | null; previous: string | null; results: T[]; skipped: number };

/** A list answer with how many items could not be read. */
export type Listed<T> = { items: T[]; skipped: number };

/** DRF page envelope; `next`/`previous` may be null or absent (GAPS D4). */
export function pageSchema<T extends z.ZodType>(item: T) {
  const envelope = object({
    count: required(integer().nonnegative()),
    next: documented(text(), { nullable: true }),
    previous: documented(text(), { nullable: true }),
    results: required(countedList(item)),
  });
  return sameShape(
    envelope.transform(
      (page): Page<z.output<T>> => ({ count: page.count, next: page.next, previous: page.previous, results: page.results.items, skipped: page.results.skipped }),
    ),
    envelope,
  );
}

/**
 * A list documented as a plain array; an envelope is accepted too (GAPS D6) and reported as such so the
 * caller can fetch the remaining pages.
 */
export function arrayOrPageSchema<T extends z.ZodType>(item: T) {
  const array = countedList(item);
  const page = pageSchema(item);
  return described(
    z.union([
      array.transform((listed) => ({ ...listed, next: null as string | null, paged: false })),
      page.transform((parsed) => ({ items: parsed.results, skipped: parsed.skipped, next: parsed.next, paged: true })),
    ]),
    { kind: "choice", pick: (value) => nodeOf(Array.isArray(value) ? array : page) },
  );
}

// ---- request bodies -------------------------------------------------------------------------------

/** A file to send: streamed with its exact size known up front, never buffered by the client. */
export type UploadBody = {
  body: ReadableStream<Uint8Array> | Blob | Uint8Array;
  filename: string;
  contentType: string;
  size: number;
};

export type CreateCandidateInput = {
  first_name: string;
  last_name: string;
  email: string;
  phone_number?: string;
  job_post?: string;
  talent_pool_id?: number;
  cv_file: UploadBody;
};

export type ManualAddCandidateInput = {
  email: string;
  first_name: string;
  last_name: string;
  /** Document id from uploadFile (sent as a string of digits). */
  cv?: string | number;
  job_post?: string;
  talent_pool_id?: number;
  source_platform?: string;
};

export type ApplyAnswer = { job_post_question: { id: number; question_key: string }; answer: string };

/** A file question's answer: streamed as the multipart part `answers[N].answer_file`. */
export type ApplyFileAnswer = { job_post_question: { id: number; question_key: string }; file: UploadBody };

export type ApplyToJobPostInput = {
  email: string;
  first_name: string;
  last_name: string;
  cv?: string | number;
  terms_of_use?: boolean;
  answers: ApplyAnswer[];
  fileAnswers?: ApplyFileAnswer[];
};

export type ListJobPostsParams = { page?: number; page_size?: number; status?: string; search?: string };
export type PageParams = { page?: number; page_size?: number };
