import { describe, expect, it } from "vitest";
import {
  arrayOrPageSchema,
  candidateDetailSchema,
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

  it("default lists and counts the docs imply but a response may omit", () => {
    const parsed = jobPostSummarySchema.parse({ hash: "h", title: "T", status: "draft" });
    expect(parsed.locations).toEqual([]);
    expect(parsed.example_candidates).toEqual([]);
    expect(parsed.applicant_count).toBe(0);
    expect(parsed.employment_type).toBeUndefined();
  });

  it("are strict about what the app relies on", () => {
    expect(jobPostSummarySchema.safeParse({ ...summary, hash: undefined }).success).toBe(false);
    expect(searchHitSchema.safeParse({ id: "12", email: "a@b.example" }).success).toBe(false);
    expect(talentPoolSchema.safeParse({ id: 1 }).success).toBe(false);
  });

  it("accept a job post detail with null office/created_by and a null description", () => {
    const parsed = jobPostSchema.parse({ ...summary, description: null, created_by: null, office: null, pipeline: 4 });
    expect(parsed.description).toBe("");
    expect(parsed.categories).toEqual([]);
  });

  it("parse a minimal pool-only candidate (no job post, no files)", () => {
    const parsed = candidateDetailSchema.parse({
      id: 9,
      email: "c@d.example",
      first_name: "C",
      last_name: "D",
      job_post: null,
      cv: null,
      photo: null,
      user: null,
    });
    expect(parsed.tags).toEqual([]);
    expect(parsed.talent_pools).toEqual([]);
    expect(parsed.job_post).toBeNull();
  });

  it("page envelopes accept next/previous as null or absent and normalise to null", () => {
    const schema = pageSchema(searchHitSchema);
    expect(schema.parse({ count: 0, results: [] })).toEqual({ count: 0, next: null, previous: null, results: [] });
    const page = schema.parse({ count: 2, next: "https://x/?page=2", previous: null, results: [{ id: 1, email: "a@b.example" }] });
    expect(page.next).toBe("https://x/?page=2");
  });

  it("list endpoints documented as arrays accept an envelope too", () => {
    const schema = arrayOrPageSchema(searchHitSchema);
    expect(schema.parse([{ id: 1, email: "a@b.example" }])).toEqual({ results: [{ id: 1, email: "a@b.example" }], next: null, paged: false });
    const enveloped = schema.parse({ count: 3, next: "https://x/?page=2", results: [{ id: 1, email: "a@b.example" }] });
    expect(enveloped.paged).toBe(true);
    expect(enveloped.next).toBe("https://x/?page=2");
  });

  it("unwrap the Upload File reply and accept a bare file object", () => {
    const file = { id: 39384, name: "cv.pdf", path: "p", type: "application/pdf", file_size: 10, base: "b", presigned_url: "u", uploaded_at: "t" };
    expect(uploadFileResponseSchema.parse({ success: "OK", content: file }).id).toBe(39384);
    expect(uploadFileResponseSchema.parse(file).name).toBe("cv.pdf");
    expect(uploadFileResponseSchema.safeParse({ success: "OK", content: { name: "no id" } }).success).toBe(false);
  });
});
