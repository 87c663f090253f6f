import { describe, expect, it } from "vitest";
import {
  arrayOrPageSchema,
  candidateDetailSchema,
  jobPostQuestionSchema,
  jobPostSchema,
  jobPostSummarySchema,
  pageSchema,
  searchHitSchema,
  talentPoolSchema,
  uploadFileResponseSchema,
} from "./schemas";

const summary = {
  hash: "13gfsa23s1a5sf3f63",
  title: "Backend Engineer",
  status: "published",
  employment_type: "full_time",
  workplace_type: "remote",
  locations: ["Berlin"],
  applicant_count: 3,
  example_candidates: [{ id: 1, email: "a@b.example", first_name: "A", last_name: "B", photo: null }],
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
};

describe("schemas", () => {
  it("keep fields they do not know and accept enum values they do not know", () => {
    const parsed = jobPostSummarySchema.parse({ ...summary, status: "paused", brand_new_field: { x: 1 } });
    expect(parsed.status).toBe("paused");
    expect((parsed as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
  });

  it("read a missing or ill-shaped tolerant field as unknown (null), never as a made-up default", () => {
    const parsed = jobPostSummarySchema.parse({ hash: "h" });
    expect(parsed).toMatchObject({ title: null, status: null, locations: null, example_candidates: null, applicant_count: null, employment_type: null });
    const drifted = jobPostSummarySchema.parse({ ...summary, title: { en: "x" }, applicant_count: "3", locations: "Berlin" });
    expect(drifted).toMatchObject({ hash: summary.hash, title: null, applicant_count: null, locations: null, status: "published" });
  });

  it("are strict about what the app relies on", () => {
    expect(jobPostSummarySchema.safeParse({ ...summary, hash: undefined }).success).toBe(false);
    expect(searchHitSchema.safeParse({ id: "12", email: "a@b.example" }).success).toBe(false);
    expect(talentPoolSchema.safeParse({ id: 1 }).success).toBe(false);
    expect(candidateDetailSchema.safeParse({ id: 1 }).success).toBe(false);
  });

  it("keep the readable items of a list and leave out only those without their id", () => {
    const parsed = jobPostSummarySchema.parse({ ...summary, example_candidates: [{ id: 1, email: "a@b.example" }, { email: "no-id@b.example" }, { id: 3, email: "c@b.example", first_name: 7 }] });
    expect(parsed.example_candidates?.map((c) => c.id)).toEqual([1, 3]);
    expect(parsed.example_candidates?.[1]?.first_name).toBeNull();
  });

  it("accept a job post detail with null office/created_by and a null description", () => {
    const parsed = jobPostSchema.parse({ ...summary, description: null, created_by: null, office: null, pipeline: 4 });
    expect(parsed.description).toBeNull();
    expect(parsed.categories).toBeNull();
    expect(parsed.office).toBeNull();
  });

  it("parse a minimal pool-only candidate (no job post, no files); pools are unknown, not empty, when not sent", () => {
    const parsed = candidateDetailSchema.parse({ id: 9, email: "c@d.example", first_name: "C", last_name: "D", job_post: null, cv: null, photo: null, user: null });
    expect(parsed.tags).toBeNull();
    expect(parsed.talent_pools).toBeNull();
    expect(parsed.job_post).toBeNull();
    expect(candidateDetailSchema.parse({ id: 9, email: "c@d.example", talent_pools: [] }).talent_pools).toEqual([]);
  });

  it("read question options given as strings or as {label|name|value} objects", () => {
    const parsed = jobPostQuestionSchema.parse({ id: 1, question_key: "Shift", type: "single_choice", options: ["Early", { label: "Late" }, { name: "Night" }, { value: 4 }] });
    expect(parsed.options).toEqual(["Early", "Late", "Night", "4"]);
  });

  it("page envelopes accept next/previous as null or absent, and count the items they left out", () => {
    const schema = pageSchema(searchHitSchema);
    expect(schema.parse({ count: 0, results: [] })).toEqual({ count: 0, next: null, previous: null, results: [], skipped: 0 });
    const page = schema.parse({ count: 3, next: "https://x/?page=2", previous: null, results: [{ id: 1, email: "a@b.example" }, { email: "x" }] });
    expect(page).toMatchObject({ next: "https://x/?page=2", results: [{ id: 1, email: "a@b.example" }], skipped: 1 });
  });

  it("list endpoints documented as arrays accept an envelope too", () => {
    const schema = arrayOrPageSchema(searchHitSchema);
    expect(schema.parse([{ id: 1, email: "a@b.example" }])).toEqual({ items: [{ id: 1, email: "a@b.example" }], skipped: 0, next: null, paged: false });
    const enveloped = schema.parse({ count: 3, next: "https://x/?page=2", results: [{ id: 1, email: "a@b.example" }] });
    expect(enveloped.paged).toBe(true);
    expect(enveloped.next).toBe("https://x/?page=2");
  });

  it("unwrap the Upload File reply, accept a bare file object and an id sent as digits", () => {
    const file = { id: 39384, name: "cv.pdf", path: "p", type: "application/pdf", file_size: 10, base: "b", presigned_url: "u", uploaded_at: "t" };
    expect(uploadFileResponseSchema.parse({ success: "OK", content: file }).id).toBe("39384");
    expect(uploadFileResponseSchema.parse(file).name).toBe("cv.pdf");
    expect(uploadFileResponseSchema.parse({ content: { id: "77" } }).id).toBe("77");
    expect(uploadFileResponseSchema.safeParse({ success: "OK", content: { name: "no id" } }).success).toBe(false);
  });
});
