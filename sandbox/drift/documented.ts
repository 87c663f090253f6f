import { under } from "./paths";

/**
 * The response fields the vendor docs name with their type (docs/recruspace-contract.md,
 * "Drift mode"). Drift never changes these; every other field of a successful answer is
 * inferred and may drift. Written from the vendor pages (the complete Add Candidate page gives
 * the whole candidate shape); deliberately not shared with the client in lib/, so a client
 * mistake cannot hide here. Ancestors of a listed path count as documented too.
 */

const FILE = ["id", "path", "name", "type", "file_size", "base", "presigned_url", "uploaded_at"];

const USER_BASIC = ["id", "email", "first_name", "last_name", "profile_img", ...under("profile_img", FILE)];

/** Only `id` and `user` were readable; role, is_active and created_at are inferred. */
const COMPANY_USER = ["id", "user", ...under("user", USER_BASIC)];

const JOB_POST_REF = ["hash", "title", "status", "pipeline"];

const SUBSTAGE = [
  "id",
  "stage",
  ...under("stage", ["id", "name", "key", "created_at", "pipeline"]),
  "name",
  "queue",
  "is_visible",
  "created_at",
  "email_template",
];

/** Everything on the complete Add Candidate page; `talent_pools` is ours (inferred). */
const CANDIDATE_DETAIL = [
  "id",
  "company",
  "user",
  ...under("user", USER_BASIC),
  "job_post",
  ...under("job_post", JOB_POST_REF),
  "initial_applied_job_post",
  ...under("initial_applied_job_post", JOB_POST_REF),
  "substage",
  ...under("substage", SUBSTAGE),
  "email",
  "first_name",
  "last_name",
  "cv",
  ...under("cv", FILE),
  "photo",
  ...under("photo", FILE),
  "phone_number",
  "address",
  "city",
  "country",
  "education",
  ...under("education[]", ["school_name", "degree", "major", "start_date", "end_date", "currently_pursuing"]),
  "work_experience",
  ...under("work_experience[]", ["company_name", "position_title", "employment_type", "start_date", "end_date", "currently_employed"]),
  "links",
  ...under("links[]", ["platform", "url"]),
  "tags",
  ...under("tags[]", ["id", "title"]),
  "suitability",
  "is_pinned",
  "is_parsed",
  "score",
  "skills",
  "total_work_experience",
  "seniority",
  "is_seen",
  "rejected_mail_sended",
  "source_platform",
  "entry_method",
  "error_status",
  "created_at",
  "updated_at",
];

const page = (items: readonly string[]) => ["count", "next", "previous", "results", ...under("results[]", items)];

/** Readable: id, candidate_count, created_by; `name` is the request field the prose names. Timestamps are inferred. */
const TALENT_POOL = ["id", "name", "candidate_count", "created_by", ...under("created_by", COMPANY_USER)];

export const DOCUMENTED_FIELDS = {
  "GET /api/v1/client/candidates/{candidate_id}/": CANDIDATE_DETAIL,
  "POST /api/v1/client/candidates/add/": CANDIDATE_DETAIL,
  "POST /api/v1/client/candidates/manual-add/": CANDIDATE_DETAIL,
  /** The prose says a note has an id, its text and timestamps, but names only the first two. */
  "POST /api/v1/client/candidates/add-note/": ["id", "text"],
  "POST /api/v1/client/candidates/add-tag/": ["id", "title"],
  "GET /api/v1/client/candidates/search-by-email/": under("[]", ["id", "email"]),
  /** The offices page was not retrievable: nothing is documented (`[].id` is kept as an identity). */
  "GET /api/v1/client/companies/offices/": [],
  "GET /api/v1/client/companies/users/": under("[]", COMPANY_USER),
  /** The Pagination guide's example shows these item fields only. */
  "GET /api/v1/client/job-posts/": page(["hash", "applicant_count", "example_candidates", ...under("example_candidates[]", ["id", "email", "first_name", "last_name", "photo"])]),
  "GET /api/v1/client/job-posts/{job_post_hash}/": ["hash", "applicant_count", "created_by", ...under("created_by", COMPANY_USER)],
  /** Only the older Apply Job page exists, and it shows no response. */
  "POST /api/v1/client/job-posts/{job_post_hash}/apply/": [],
  /** Only what apply answers echo back. */
  "GET /api/v1/client/job-posts/{job_post_hash}/questions/": under("[]", ["id", "question_key"]),
  "GET /api/v1/client/talent-pools/": under("[]", TALENT_POOL),
  "POST /api/v1/client/talent-pools/create/": TALENT_POOL,
  "PATCH /api/v1/client/talent-pools/{talent_pool_id}/": TALENT_POOL,
  /** The item shape was never shown; id and email are what every candidate form has in common. */
  "GET /api/v1/client/talent-pools/{talent_pool_id}/candidates/": page(["id", "email"]),
  /** The Upload File page was not retrievable; the answer is known only from the vendor's n8n node. */
  "POST /api/v1/utilities/upload-file/": [],
} as const satisfies Record<string, readonly string[]>;

export type DriftRouteKey = keyof typeof DOCUMENTED_FIELDS;

export function isDriftRoute(route: string): route is DriftRouteKey {
  return Object.hasOwn(DOCUMENTED_FIELDS, route);
}

/** The Pagination guide says `next`/`previous` are absent at the ends, where we send null: both are documented. */
export const ABSENT_WHEN_NULL: ReadonlySet<string> = new Set(["next", "previous"]);
