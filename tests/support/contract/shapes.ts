import { z } from "zod";

/**
 * The response shapes of docs/recruspace-contract.md, written independently of the app's client
 * schemas so the contract is checked from the outside. Objects are not strict: a real API may add fields.
 */
const isoDateTime = z.string().refine((v) => !Number.isNaN(Date.parse(v)), "ISO date-time");

export const fileSchema = z.object({
  id: z.number().int(),
  path: z.string(),
  name: z.string(),
  type: z.string(),
  file_size: z.number().int().nonnegative(),
  base: z.string(),
  presigned_url: z.url(),
  uploaded_at: isoDateTime,
});

export const userBasicSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  profile_img: fileSchema.nullable(),
});

export const companyUserSchema = z.object({
  id: z.number().int(),
  user: userBasicSchema,
  role: z.enum(["owner", "admin", "recruiter", "hiring_manager"]),
  is_active: z.boolean(),
  created_at: isoDateTime,
});

export const officeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  country: z.string(),
  postal_code: z.string(),
  is_headquarters: z.boolean(),
  created_at: isoDateTime,
});

export const jobPostSummarySchema = z.object({
  hash: z.string().min(1),
  title: z.string(),
  status: z.enum(["draft", "published", "closed", "archived"]),
  employment_type: z.enum(["full_time", "part_time", "contract", "intern"]),
  workplace_type: z.enum(["on_site", "remote", "hybrid"]),
  locations: z.array(z.string()),
  applicant_count: z.number().int().nonnegative(),
  example_candidates: z.array(
    z.object({ id: z.number().int(), email: z.string(), first_name: z.string(), last_name: z.string(), photo: z.string().nullable() }),
  ),
  created_at: isoDateTime,
  updated_at: isoDateTime,
});

export const jobPostDetailSchema = jobPostSummarySchema.extend({
  description: z.string(),
  created_by: companyUserSchema,
  office: officeSchema.nullable(),
  categories: z.array(z.string()),
  pipeline: z.number().int(),
});

export const questionSchema = z.object({
  id: z.number().int(),
  question_key: z.string().min(1),
  label: z.string(),
  type: z.enum([
    "short_text", "long_text", "number", "boolean", "single_choice", "multiple_choice", "date", "email", "phone", "url", "file", "education", "experience",
  ]),
  required: z.boolean(),
  options: z.array(z.string()),
  order: z.number().int(),
});

export const talentPoolSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  candidate_count: z.number().int().nonnegative(),
  created_by: companyUserSchema,
  created_at: isoDateTime,
  updated_at: isoDateTime,
});

const tagSchema = z.object({ id: z.number().int(), title: z.string() });

export const candidateSummarySchema = z.object({
  id: z.number().int(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  photo: z.string().nullable(),
  tags: z.array(tagSchema),
  suitability: z.string(),
  created_at: isoDateTime,
  added_at: isoDateTime,
});

const jobPostRefSchema = z.object({ hash: z.string(), title: z.string(), status: z.string(), pipeline: z.number().int() });

export const candidateDetailSchema = z.object({
  id: z.number().int(),
  company: z.string(),
  user: userBasicSchema.nullable(),
  job_post: jobPostRefSchema.nullable(),
  initial_applied_job_post: jobPostRefSchema.nullable(),
  substage: z
    .object({
      id: z.number().int(),
      stage: z.object({ id: z.number().int(), name: z.string(), key: z.string(), created_at: isoDateTime, pipeline: z.number().int() }),
      name: z.string(),
      queue: z.number().int(),
      is_visible: z.boolean(),
      created_at: isoDateTime,
      email_template: z.number().int().nullable(),
    })
    .nullable(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  cv: fileSchema.nullable(),
  photo: fileSchema.nullable(),
  phone_number: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  education: z.array(
    z.object({
      school_name: z.string(),
      degree: z.string(),
      major: z.string(),
      start_date: z.string().nullable(),
      end_date: z.string().nullable(),
      currently_pursuing: z.boolean(),
    }),
  ),
  work_experience: z.array(
    z.object({
      company_name: z.string(),
      position_title: z.string(),
      employment_type: z.string(),
      start_date: z.string().nullable(),
      end_date: z.string().nullable(),
      currently_employed: z.boolean(),
    }),
  ),
  links: z.array(z.object({ platform: z.string(), url: z.string() })),
  tags: z.array(tagSchema),
  suitability: z.string(),
  is_pinned: z.boolean(),
  is_parsed: z.boolean(),
  score: z.number(),
  skills: z.array(z.string()),
  total_work_experience: z.number(),
  seniority: z.string().nullable(),
  is_seen: z.boolean(),
  rejected_mail_sended: z.boolean(),
  source_platform: z.string(),
  entry_method: z.string(),
  error_status: z.boolean(),
  talent_pools: z.array(z.object({ id: z.number().int(), name: z.string() })),
  created_at: isoDateTime,
  updated_at: isoDateTime,
});

export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({ count: z.number().int().nonnegative(), next: z.url().nullable(), previous: z.url().nullable(), results: z.array(item) });
}

export const detailSchema = z.object({ detail: z.string() });
