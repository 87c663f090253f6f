import { describe, expect, it } from "vitest";
import { newCandidateSchema, parseDestination, encodeDestination, checkDuplicateSchema } from "./schemas";

const valid = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  phone: "",
  destination: "talent_pool:12",
  cv: { documentId: "20170", name: "ada.pdf", size: 1234 },
};

function errorsFor(input: unknown): Record<string, string[]> {
  const result = newCandidateSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("newCandidateSchema", () => {
  it("accepts a valid candidate and trims", () => {
    const result = newCandidateSchema.parse({ ...valid, firstName: "  Ada ", email: " ada@example.com " });
    expect(result.firstName).toBe("Ada");
    expect(result.email).toBe("ada@example.com");
  });

  it("accepts names from many scripts and with apostrophes or hyphens", () => {
    for (const name of ["Zoë", "O'Brien", "Jean-Luc", "李", "Ñúñez", "Søren Kierkegaard"]) {
      expect(errorsFor({ ...valid, firstName: name })).toEqual({});
    }
  });

  it("refuses very long strings", () => {
    expect(errorsFor({ ...valid, firstName: "a".repeat(101) }).firstName?.[0]).toMatch(/at most 100/);
    expect(errorsFor({ ...valid, email: `${"a".repeat(250)}@example.com` }).email?.[0]).toMatch(/at most 254/);
    expect(errorsFor({ ...valid, phone: "1".repeat(31) }).phone?.[0]).toMatch(/at most 30/);
  });

  it("refuses control characters in names", () => {
    for (const name of ["Ada\u0000", "Ada\nLovelace", "Ada\u001b[31m", "Ada\u007f", "Ada\u0085"]) {
      expect(errorsFor({ ...valid, lastName: name }).lastName?.[0]).toMatch(/control characters/);
    }
  });

  it("refuses HTML in names", () => {
    expect(errorsFor({ ...valid, firstName: "<script>alert(1)</script>" }).firstName?.[0]).toMatch(/< >/);
    expect(errorsFor({ ...valid, lastName: "<img src=x onerror=alert(1)>" }).lastName).toBeDefined();
    expect(errorsFor({ ...valid, lastName: "{{constructor}}" }).lastName).toBeDefined();
  });

  it("refuses blank or whitespace-only names", () => {
    expect(errorsFor({ ...valid, firstName: "   " }).firstName?.[0]).toBe("First name is required.");
  });

  it("refuses invalid emails", () => {
    for (const email of ["", "ada", "ada@", "@example.com", "ada@@example.com", "ada example@x.com", "ada@example", "<a>@example.com", "ada@exa mple.com"]) {
      expect(errorsFor({ ...valid, email }).email, email).toBeDefined();
    }
  });

  it("checks phone numbers only when given", () => {
    expect(errorsFor({ ...valid, phone: undefined })).toEqual({});
    expect(errorsFor({ ...valid, phone: "+31 20 123 4567" })).toEqual({});
    expect(errorsFor({ ...valid, phone: "call me" }).phone).toBeDefined();
    expect(errorsFor({ ...valid, phone: "<b>1234</b>" }).phone).toBeDefined();
  });

  it("requires a destination from the list", () => {
    expect(errorsFor({ ...valid, destination: "" }).destination?.[0]).toBe("Choose a job post or a talent pool.");
    for (const destination of ["talent_pool:0", "talent_pool:abc", "job_post:", "job_post:../../etc", "pool:1", "job_post:a b"]) {
      expect(errorsFor({ ...valid, destination }).destination, destination).toBeDefined();
    }
  });

  it("requires an uploaded CV with a numeric document id", () => {
    expect(errorsFor({ ...valid, cv: null }).cv?.[0]).toMatch(/Add the candidate's CV/);
    expect(errorsFor({ ...valid, cv: { ...valid.cv, documentId: "1; DROP TABLE" } })["cv.documentId"]).toBeDefined();
    expect(errorsFor({ ...valid, cv: { ...valid.cv, name: "a\u0000.pdf" } })["cv.name"]).toBeDefined();
  });

  it("ignores unknown keys (a tenant id from the browser is never read)", () => {
    const parsed = newCandidateSchema.parse({ ...valid, tenantId: "someone-else" });
    expect(parsed).not.toHaveProperty("tenantId");
  });
});

describe("destinations", () => {
  it("round-trip", () => {
    expect(parseDestination("talent_pool:42")).toEqual({ kind: "talent_pool", id: 42 });
    expect(parseDestination("job_post:ab8fef_c74-a")).toEqual({ kind: "job_post", hash: "ab8fef_c74-a" });
    expect(parseDestination("talent_pool:-1")).toBeNull();
    expect(encodeDestination({ kind: "job_post", hash: "x1" })).toBe("job_post:x1");
  });

  it("checkDuplicate needs a valid email and allows no destination", () => {
    expect(checkDuplicateSchema.safeParse({ email: "a@b.co" }).success).toBe(true);
    expect(checkDuplicateSchema.safeParse({ email: "nope" }).success).toBe(false);
  });
});
