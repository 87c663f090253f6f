import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  candidateDetailSchema,
  candidateSummarySchema,
  companyUserSchema,
  jobPostQuestionSchema,
  jobPostSchema,
  jobPostSummarySchema,
  officeSchema,
  talentPoolSchema,
} from "../schemas";
import { findDrift } from "./drift";
import { nodeOf, type ContractNode, type Origin } from "./fields";
import { logDriftOnce } from "../drift-log";

/**
 * Every schema under drift: any value in any tolerant (documented or inferred) field, or none, still
 * parses and keeps the required fields; a required field of another shape still fails loudly.
 */
const file = { id: 4, path: "p", name: "cv.pdf", type: "application/pdf", file_size: 10, base: "b", presigned_url: "https://x/cv", uploaded_at: "2026-01-01T00:00:00Z" };
const user = { id: 2, email: "u@x.example", first_name: "U", last_name: "X", profile_img: file };
const companyUser = { id: 3, user, role: "recruiter", is_active: true, created_at: "2026-01-01T00:00:00Z" };
const office = { id: 5, name: "HQ", address: "A", city: "C", country: "NL", postal_code: "1", is_headquarters: true, created_at: "t" };
const summary = {
  hash: "h1",
  applicant_count: 1,
  example_candidates: [{ id: 9, email: "e@x.example", first_name: "E", last_name: "X", photo: null }],
  title: "T",
  status: "published",
  employment_type: "full_time",
  workplace_type: "remote",
  locations: ["Berlin"],
  created_at: "t",
  updated_at: "t",
};
const ref = { hash: "h1", title: "T", status: "draft", pipeline: 1 };

const SAMPLES: { name: string; schema: z.ZodType; value: Record<string, unknown> }[] = [
  { name: "company user", schema: companyUserSchema, value: companyUser },
  { name: "office", schema: officeSchema, value: office },
  { name: "job post summary", schema: jobPostSummarySchema, value: summary },
  { name: "job post", schema: jobPostSchema, value: { ...summary, created_by: companyUser, description: "D", office, categories: ["c"], pipeline: 1 } },
  { name: "question", schema: jobPostQuestionSchema, value: { id: 1, question_key: "Phone", label: "Phone", type: "phone", required: true, options: ["a"], order: 1 } },
  { name: "talent pool", schema: talentPoolSchema, value: { id: 7, name: "Pool", candidate_count: 2, created_by: companyUser, created_at: "t", updated_at: "t" } },
  {
    name: "pool candidate",
    schema: candidateSummarySchema,
    value: { id: 9, email: "e@x.example", first_name: "E", last_name: "X", photo: null, tags: [{ id: 1, title: "t" }], suitability: "suitable", created_at: "t", added_at: "t" },
  },
  {
    name: "candidate",
    schema: candidateDetailSchema,
    value: {
      id: 9,
      email: "e@x.example",
      first_name: "E",
      last_name: "X",
      company: "Acme",
      user,
      job_post: ref,
      initial_applied_job_post: ref,
      substage: { id: 1, name: "S", stage: { id: 2, name: "Stage", key: "k", created_at: "t", pipeline: 1 }, queue: 1, is_visible: true, created_at: "t", email_template: null },
      cv: file,
      photo: null,
      phone_number: "+31",
      address: null,
      city: null,
      country: null,
      education: [{ school_name: "S", degree: "bachelor", major: "M", start_date: null, end_date: null, currently_pursuing: false }],
      work_experience: [{ company_name: "C", position_title: "P", employment_type: "full_time", start_date: null, end_date: null, currently_employed: true }],
      links: [{ platform: "linkedin", url: "https://x" }],
      tags: [{ id: 1, title: "t" }],
      suitability: "suitable",
      is_pinned: false,
      is_parsed: true,
      score: 1,
      skills: ["x"],
      total_work_experience: 2,
      seniority: "senior",
      is_seen: true,
      rejected_mail_sended: false,
      source_platform: "api",
      entry_method: "manual",
      error_status: false,
      created_at: "t",
      updated_at: "t",
      talent_pools: [{ id: 7, name: "Pool" }],
    },
  },
];

/** The object fields directly under a schema, by trust. */
function topFields(schema: z.ZodType): { key: string; origin: Origin }[] {
  const node: ContractNode = nodeOf(schema);
  return node.kind === "object" ? Object.entries(node.fields).map(([key, field]) => ({ key, origin: field.origin })) : [];
}

const requiredKeys = (schema: z.ZodType) => topFields(schema).filter((field) => field.origin === "required").map((field) => field.key);
const tolerantKeys = (schema: z.ZodType) => topFields(schema).filter((field) => field.origin !== "required").map((field) => field.key);

const MISSING = Symbol("missing");

describe.each(SAMPLES)("the $name schema", ({ schema, value }) => {
  it("reads the sample with no drift to report", () => {
    expect(schema.safeParse(value).success).toBe(true);
    expect(findDrift(schema, value).filter((finding) => finding.issue !== "unknown_value")).toEqual([]);
  });

  it("never fails because of a tolerant field, whatever it holds, and keeps the required ones", () => {
    const keys = tolerantKeys(schema);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.constant(MISSING)), { minKeys: 1 }), (changes) => {
        const drifted: Record<string, unknown> = { ...value };
        for (const [key, replacement] of Object.entries(changes)) {
          if (replacement === MISSING) delete drifted[key];
          else drifted[key] = replacement;
        }
        const parsed = schema.safeParse(drifted);
        expect(parsed.success).toBe(true);
        const original = schema.parse(value) as Record<string, unknown>;
        for (const key of requiredKeys(schema)) expect((parsed.data as Record<string, unknown>)[key]).toEqual(original[key]);
      }),
      { numRuns: 150 },
    );
  });

  it("fails loudly when a required field is missing or of another kind", () => {
    for (const key of requiredKeys(schema)) {
      const { [key]: _gone, ...without } = value;
      expect(schema.safeParse(without).success, `${key} missing`).toBe(false);
      expect(schema.safeParse({ ...value, [key]: [true] }).success, `${key} of another kind`).toBe(false);
      expect(findDrift(schema, without).some((finding) => finding.path === key && finding.issue === "missing" && finding.origin === "required")).toBe(true);
    }
  });
});

describe("the drift log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one line per kind of difference per process, without values", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const event = { operation: "getCandidate", path: `talent_pools.x${Math.random()}`, issue: "missing" as const, origin: "inferred" as const, observed: "missing" as const };
    logDriftOnce(event);
    logDriftOnce(event);
    logDriftOnce({ ...event, issue: "unexpected_kind", observed: "number" });
    logDriftOnce({ ...event, path: "", issue: "extra", origin: "unnamed", observed: "string" });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain("getCandidate talent_pools.x");
  });
});
