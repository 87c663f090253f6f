import { z } from "zod";
import { QUESTION_TYPES } from "./question-types";

export { QUESTION_TYPES };

/**
 * zod schemas of every Recruspace response (contract: docs/recruspace-contract.md and the Recruspace docs).
 * Objects are loose: extra fields are kept and never fail parsing. Fields the app relies on (ids, names,
 * emails, hashes, titles) are required; fields the docs only imply are nullable/optional; lists default to [].
 * Enumerations the docs never listed completely are typed as known values but accept any string, so a new
 * value from Recruspace shows up as text instead of failing the whole response.
 */

/** A string typed as one of `values` for autocompletion, but any other string parses too. */
function openEnum<const T extends string>(_values: readonly T[]) {
  return z.string() as unknown as z.ZodType<T | (string & {})>;
}

const id = z.number().int();
const timestamp = z.string();
const optionalText = z.string().nullish();

export const JOB_POST_STATUSES = ["draft", "published", "closed", "archived"] as const;
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "contract", "intern"] as const;
export const WORKPLACE_TYPES = ["on_site", "remote", "hybrid"] as const;
export const COMPANY_USER_ROLES = ["owner", "admin", "recruiter", "hiring_manager"] as const;

export type JobPostStatus = (typeof JOB_POST_STATUSES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];
export type CompanyUserRole = (typeof COMPANY_USER_ROLES)[number];

/** A stored file (CV, photo, profile image); `presigned_url` is the time-limited download link. */
export const uploadedFileSchema = z.looseObject({
  id,
  name: z.string(),
  path: optionalText,
  type: optionalText,
  file_size: z.number().nullish(),
  base: optionalText,
  presigned_url: optionalText,
  uploaded_at: optionalText,
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export const userBasicSchema = z.looseObject({
  id,
  email: z.string(),
  first_name: z.string().nullish().transform((v) => v ?? ""),
  last_name: z.string().nullish().transform((v) => v ?? ""),
  profile_img: uploadedFileSchema.nullish(),
});
export type UserBasic = z.infer<typeof userBasicSchema>;

export const companyUserSchema = z.looseObject({
  id,
  user: userBasicSchema,
  role: openEnum(COMPANY_USER_ROLES).nullish(),
  is_active: z.boolean().nullish(),
  created_at: optionalText,
});
export type CompanyUser = z.infer<typeof companyUserSchema>;

export const officeSchema = z.looseObject({
  id,
  name: z.string(),
  address: optionalText,
  city: optionalText,
  country: optionalText,
  postal_code: optionalText,
  is_headquarters: z.boolean().nullish().transform((v) => v ?? false),
  created_at: optionalText,
});
export type Office = z.infer<typeof officeSchema>;

export const tagSchema = z.looseObject({ id, title: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const noteSchema = z.looseObject({
  id,
  text: z.string(),
  created_at: optionalText,
  updated_at: optionalText,
});
export type Note = z.infer<typeof noteSchema>;

export const searchHitSchema = z.looseObject({ id, email: z.string() });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const exampleCandidateSchema = z.looseObject({
  id,
  email: z.string(),
  first_name: z.string().nullish().transform((v) => v ?? ""),
  last_name: z.string().nullish().transform((v) => v ?? ""),
  photo: optionalText,
});
export type ExampleCandidate = z.infer<typeof exampleCandidateSchema>;

export const jobPostSummarySchema = z.looseObject({
  hash: z.string().min(1),
  title: z.string(),
  status: openEnum(JOB_POST_STATUSES),
  employment_type: openEnum(EMPLOYMENT_TYPES).nullish(),
  workplace_type: openEnum(WORKPLACE_TYPES).nullish(),
  locations: z.array(z.string()).nullish().transform((v) => v ?? []),
  applicant_count: z.number().int().nullish().transform((v) => v ?? 0),
  example_candidates: z.array(exampleCandidateSchema).nullish().transform((v) => v ?? []),
  created_at: optionalText,
  updated_at: optionalText,
});
export type JobPostSummary = z.infer<typeof jobPostSummarySchema>;

export const jobPostSchema = jobPostSummarySchema.extend({
  description: z.string().nullish().transform((v) => v ?? ""),
  created_by: companyUserSchema.nullish(),
  office: officeSchema.nullish(),
  categories: z.array(z.string()).nullish().transform((v) => v ?? []),
  pipeline: z.number().nullish(),
});
export type JobPost = z.infer<typeof jobPostSchema>;

export const jobPostQuestionSchema = z.looseObject({
  id,
  question_key: z.string().min(1),
  label: z.string().nullish(),
  type: openEnum(QUESTION_TYPES),
  required: z.boolean().nullish().transform((v) => v ?? false),
  options: z.array(z.string()).nullish().transform((v) => v ?? []),
  order: z.number().nullish(),
});
export type JobPostQuestion = z.infer<typeof jobPostQuestionSchema>;

export const talentPoolSchema = z.looseObject({
  id,
  name: z.string(),
  candidate_count: z.number().int().nullish().transform((v) => v ?? 0),
  created_by: companyUserSchema.nullish(),
  created_at: optionalText,
  updated_at: optionalText,
});
export type TalentPool = z.infer<typeof talentPoolSchema>;

export const candidateSummarySchema = z.looseObject({
  id,
  email: z.string(),
  first_name: z.string().nullish().transform((v) => v ?? ""),
  last_name: z.string().nullish().transform((v) => v ?? ""),
  photo: optionalText,
  tags: z.array(tagSchema).nullish().transform((v) => v ?? []),
  suitability: optionalText,
  created_at: optionalText,
  added_at: optionalText,
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export const candidateJobPostRefSchema = z.looseObject({
  hash: z.string(),
  title: z.string().nullish(),
  status: openEnum(JOB_POST_STATUSES).nullish(),
  pipeline: z.number().nullish(),
});
export type CandidateJobPostRef = z.infer<typeof candidateJobPostRefSchema>;

export const substageSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  stage: z
    .looseObject({ id, name: z.string().nullish(), key: optionalText, created_at: optionalText, pipeline: z.number().nullish() })
    .nullish(),
  queue: z.number().nullish(),
  is_visible: z.boolean().nullish(),
  created_at: optionalText,
  email_template: z.number().nullish(),
});
export type Substage = z.infer<typeof substageSchema>;

export const educationSchema = z.looseObject({
  school_name: optionalText,
  degree: optionalText,
  major: optionalText,
  start_date: optionalText,
  end_date: optionalText,
  currently_pursuing: z.boolean().nullish(),
});
export type Education = z.infer<typeof educationSchema>;

export const workExperienceSchema = z.looseObject({
  company_name: optionalText,
  position_title: optionalText,
  employment_type: openEnum(EMPLOYMENT_TYPES).nullish(),
  start_date: optionalText,
  end_date: optionalText,
  currently_employed: z.boolean().nullish(),
});
export type WorkExperience = z.infer<typeof workExperienceSchema>;

export const candidateLinkSchema = z.looseObject({ platform: optionalText, url: z.string() });
export type CandidateLink = z.infer<typeof candidateLinkSchema>;

function listOrEmpty<T extends z.ZodType>(item: T) {
  return z.array(item).nullish().transform((v) => v ?? []);
}

export const candidateDetailSchema = z.looseObject({
  id,
  company: z.union([z.string(), z.number()]).nullish(),
  user: userBasicSchema.nullish(),
  job_post: candidateJobPostRefSchema.nullish(),
  initial_applied_job_post: candidateJobPostRefSchema.nullish(),
  substage: substageSchema.nullish(),
  email: z.string(),
  first_name: z.string().nullish().transform((v) => v ?? ""),
  last_name: z.string().nullish().transform((v) => v ?? ""),
  cv: uploadedFileSchema.nullish(),
  photo: uploadedFileSchema.nullish(),
  phone_number: optionalText,
  address: optionalText,
  city: optionalText,
  country: optionalText,
  education: listOrEmpty(educationSchema),
  work_experience: listOrEmpty(workExperienceSchema),
  links: listOrEmpty(candidateLinkSchema),
  tags: listOrEmpty(tagSchema),
  suitability: optionalText,
  is_pinned: z.boolean().nullish(),
  is_parsed: z.boolean().nullish(),
  score: z.number().nullish(),
  skills: listOrEmpty(z.string()),
  total_work_experience: z.number().nullish(),
  seniority: optionalText,
  is_seen: z.boolean().nullish(),
  rejected_mail_sended: z.boolean().nullish(),
  source_platform: optionalText,
  entry_method: optionalText,
  error_status: z.boolean().nullish(),
  created_at: optionalText,
  updated_at: optionalText,
  /** Inferred (not in the docs): the pools the candidate belongs to. */
  talent_pools: listOrEmpty(z.looseObject({ id, name: z.string() })),
});
export type CandidateDetail = z.infer<typeof candidateDetailSchema>;

export const applyResultSchema = z.looseObject({
  id,
  candidate: z.looseObject({ id, email: z.string() }),
  job_post: z.string().nullish(),
  created_at: optionalText,
});
export type ApplyResult = z.infer<typeof applyResultSchema>;

/** Upload File wraps the stored file: {"success": "OK", "content": {...}}. A bare file object is accepted too. */
export const uploadFileResponseSchema = z.union([
  z.looseObject({ success: z.unknown().optional(), content: uploadedFileSchema }).transform((v) => v.content),
  uploadedFileSchema,
]);

export type Page<T> = { count: number; next: string | null; previous: string | null; results: T[] };

/** DRF page envelope; `next`/`previous` may be null or absent (GAPS D4) and are normalised to null. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    count: z.number().int().nonnegative(),
    next: z.string().nullish().transform((v) => v ?? null),
    previous: z.string().nullish().transform((v) => v ?? null),
    results: z.array(item),
  });
}

/**
 * A list documented as a plain array; an envelope is accepted too (GAPS D6) and reported as such so the
 * caller can fetch the remaining pages.
 */
export function arrayOrPageSchema<T extends z.ZodType>(item: T) {
  return z.union([
    z.array(item).transform((results) => ({ results, next: null as string | null, paged: false })),
    pageSchema(item).transform((page) => ({ results: page.results, next: page.next, paged: true })),
  ]);
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

export type ApplyToJobPostInput = {
  email: string;
  first_name: string;
  last_name: string;
  cv?: string | number;
  terms_of_use?: boolean;
  answers: ApplyAnswer[];
};

export type ListJobPostsParams = { page?: number; page_size?: number; status?: string; search?: string };
export type PageParams = { page?: number; page_size?: number };
