import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePoints, CONTROL_CHARS, CONTROL_SAMPLES, hostileId, hostileString, isClearMessage, MARKUP_SAMPLES } from "@/tests/support/hostile";
import { addExistingSchema, checkDuplicateSchema, destinationSchema, emailSchema, NAME_MAX, newCandidateSchema, parseDestination, phoneSchema, uploadedCvSchema } from "./schemas";

const validCandidate = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  phone: "",
  destination: "talent_pool:7",
  cv: { documentId: "20170", name: "ada.pdf", size: 1234 },
  knownMatchIds: null,
};

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

describe("candidate form schema under hostile input (property-based)", () => {
  it("a name is either refused with a clear message or accepted as plain, bounded text", () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom("firstName", "lastName"), (value, field) => {
        const result = newCandidateSchema.safeParse({ ...validCandidate, [field]: value });
        if (result.success) {
          const stored = result.data[field as "firstName" | "lastName"];
          expect(stored.length).toBeGreaterThan(0);
          expect(codePoints(stored)).toBeLessThanOrEqual(NAME_MAX);
          expect(stored).not.toMatch(CONTROL_CHARS);
          expect(stored).not.toMatch(/[<>{}]/);
          expect(stored).toBe(stored.trim());
        } else {
          for (const message of messages(result)) expect(isClearMessage(message), message).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("refuses every markup and control-character sample in names, naming the field", () => {
    for (const sample of [...MARKUP_SAMPLES.filter((s) => /[<>{}]/.test(s)), ...CONTROL_SAMPLES.filter((s) => s.trim() !== "")]) {
      const result = newCandidateSchema.safeParse({ ...validCandidate, firstName: `Ada${sample}` });
      expect(result.success, JSON.stringify(sample)).toBe(false);
      expect(messages(result)).toContain("First name cannot contain control characters or < > { }.");
    }
  });

  it("an email is either refused with a clear message or accepted as one bounded address without spaces or controls", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.emailAddress(), fc.emailAddress().map((e) => `${e}<script>`)), (value) => {
        const result = emailSchema.safeParse(value);
        if (result.success) {
          expect(codePoints(result.data)).toBeLessThanOrEqual(254);
          expect(result.data).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
          expect(result.data).not.toMatch(/[<>"\u0000-\u001f]/);
        } else {
          for (const message of messages(result)) expect(isClearMessage(message), message).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a phone number is either refused clearly or holds only digits and separators", () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const result = phoneSchema.safeParse(value);
        if (result.success) expect(result.data ?? "").toMatch(/^(\+?[0-9][0-9 ()\-./]*[0-9])?$/);
        else for (const message of messages(result)) expect(isClearMessage(message), message).toBe(true);
      }),
    );
  });

  it("a destination is refused unless it names a positive, exactly representable pool id or a plain job post hash", () => {
    const destination = fc.oneof(
      hostileString,
      hostileId.map((id) => `talent_pool:${String(id)}`),
      fc.bigInt({ min: 1n, max: 10n ** 20n }).map((id) => `talent_pool:${id}`),
      fc.string({ maxLength: 80 }).map((hash) => `job_post:${hash}`),
    );
    fc.assert(
      fc.property(destination, (value) => {
        const result = destinationSchema.safeParse(value);
        const parsed = parseDestination(value);
        if (!result.success) {
          for (const message of messages(result)) expect(isClearMessage(message), message).toBe(true);
          expect(parsed).toBeNull();
          return;
        }
        expect(parsed).not.toBeNull();
        if (parsed!.kind === "talent_pool") {
          expect(Number.isSafeInteger(parsed!.id)).toBe(true);
          expect(parsed!.id).toBeGreaterThan(0);
          // The id the user picked is the id that is used: no rounding of huge numbers.
          expect(`talent_pool:${parsed!.id}`).toBe(value);
        } else {
          expect(parsed!.hash).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a candidate id for 'add existing' must be a positive safe integer; anything else is refused", () => {
    fc.assert(
      fc.property(hostileId, (candidateId) => {
        const result = addExistingSchema.safeParse({ candidateId, destination: "talent_pool:7" });
        expect(result.success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (candidateId) => {
        expect(addExistingSchema.safeParse({ candidateId, destination: "talent_pool:7" }).success).toBe(true);
      }),
    );
  });

  it("an uploaded-CV reference never carries control characters, non-numeric ids or negative sizes", () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.oneof(fc.integer(), fc.double()), (documentId, name, size) => {
        const result = uploadedCvSchema.safeParse({ documentId, name, size });
        if (!result.success) return;
        expect(result.data.documentId).toMatch(/^[0-9]{1,20}$/);
        expect(result.data.name).not.toMatch(CONTROL_CHARS);
        expect(codePoints(result.data.name)).toBeLessThanOrEqual(255);
        expect(Number.isInteger(result.data.size) && result.data.size >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("unknown keys (a tenant id or role smuggled in by the browser) never survive parsing", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue(), { maxKeys: 5 }), (extra) => {
        const result = newCandidateSchema.safeParse({ ...extra, ...validCandidate, tenantId: "other", role: "admin" });
        expect(result.success).toBe(true);
        expect(Object.keys(result.data!).sort()).toEqual(Object.keys(validCandidate).sort());
        const duplicate = checkDuplicateSchema.safeParse({ ...extra, email: "a@b.co", tenantId: "other" });
        expect(duplicate.success).toBe(true);
        expect(Object.keys(duplicate.data!)).not.toContain("tenantId");
      }),
    );
  });
});
