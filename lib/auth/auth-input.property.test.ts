import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePoints, hostileString, isClearMessage } from "@/tests/support/hostile";
import { signUpInput } from "@/lib/tenancy/signup";
import { normalizeEmail } from "./email";
import { safeNextPath } from "./next-path";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

const APP = "https://app.example";

/** Where a browser would land after a redirect to `path`, resolved the way the URL standard does. */
function landsOn(path: string): string {
  return new URL(path, `${APP}/sign-in`).origin;
}

describe("sign-in and sign-up input under hostile values (property-based)", () => {
  it("?next= never leads to another origin, whatever the attacker encodes", () => {
    const tricks = fc.constantFrom(
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/ /evil.example",
      "\\\\evil.example",
      "/%2F%2Fevil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/\u0000/evil.example",
    );
    fc.assert(
      fc.property(fc.oneof(tricks, hostileString, fc.webUrl(), fc.string().map((s) => `/${s}`)), (next) => {
        const safe = safeNextPath(next);
        if (safe === null) return;
        expect(safe.startsWith("/")).toBe(true);
        expect(landsOn(safe)).toBe(APP);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps ordinary in-app paths", () => {
    for (const path of ["/", "/talent-pools", "/candidates/12?tab=notes", "/job-posts?search=a%20b"]) expect(safeNextPath(path)).toBe(path);
  });

  it("password policy answers every input with null or a clear sentence, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 300 })), fc.option(fc.emailAddress()), (password, email) => {
        const problem = passwordProblem(password, email);
        if (problem === null) {
          expect(password.length).toBeGreaterThanOrEqual(12);
          expect(password.length).toBeLessThanOrEqual(MAX_PASSWORD_LENGTH);
        } else {
          expect(isClearMessage(problem), problem).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("sign-up refuses or bounds every field; emails are stored in one normal form", () => {
    fc.assert(
      fc.property(hostileString, fc.oneof(hostileString, fc.emailAddress()), hostileString, (name, email, workspaceName) => {
        const result = signUpInput.safeParse({ name, email, password: "correct horse battery staple 42", workspaceName });
        if (!result.success) {
          for (const issue of result.error.issues) expect(isClearMessage(issue.message), issue.message).toBe(true);
          return;
        }
        expect(result.data.name.length).toBeGreaterThan(0);
        expect(codePoints(result.data.name)).toBeLessThanOrEqual(120);
        expect(codePoints(result.data.workspaceName)).toBeLessThanOrEqual(120);
        expect(codePoints(result.data.email)).toBeLessThanOrEqual(320);
        const normal = normalizeEmail(result.data.email);
        expect(normal).toBe(normal.trim().toLowerCase());
        expect(normalizeEmail(normal)).toBe(normal);
      }),
      { numRuns: 300 },
    );
  });
});
