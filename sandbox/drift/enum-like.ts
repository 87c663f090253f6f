/**
 * Fields whose strings come from a closed list on our side but not in the docs: even where the
 * docs name the field (suitability, entry_method, …), the value they show is only an example, so
 * drift may answer a value the client has never seen.
 */
export const ENUM_LIKE_KEYS: ReadonlySet<string> = new Set([
  "status",
  "employment_type",
  "workplace_type",
  "role",
  "suitability",
  "entry_method",
  "source_platform",
  "degree",
  "platform",
]);

/** Question types drift in spelling (`Short Text`, `SHORT-TEXT`, `shortText`) rather than to arbitrary words. */
export const QUESTION_TYPE_FIELD = { route: "GET /api/v1/client/job-posts/{job_post_hash}/questions/", path: "[].type" } as const;

/** Keys that identify an object: never changed, and neither is any field that holds one. */
export const IDENTITY_KEYS: ReadonlySet<string> = new Set(["id", "hash", "question_key"]);

/**
 * Inferred objects that hold ids but that an account may simply not send (the candidate's pools, a
 * post's office, the apply answer's candidate): drift may drop, null or rename them as a whole.
 */
export const DROPPABLE_CONTAINERS: ReadonlySet<string> = new Set(["talent_pools", "office", "candidate"]);
