import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedBaseUrl, readEnv } from "@/lib/config/env";
import { codePoints, hostileString, isClearMessage } from "@/tests/support/hostile";
import { keyFormSchema, keyIdSchema } from "./key-form-schema";

const env = readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: "http://127.0.0.1:4010" });
const ALLOWED = ["https://api.recruspace.com", "http://127.0.0.1:4010"];

const urlTricks = fc.constantFrom(
  "https://api.recruspace.com@evil.example",
  "https://evil.example#@api.recruspace.com",
  "https://evil.example?https://api.recruspace.com",
  "https://api.recruspace.com.evil.example",
  "https://user:pass@api.recruspace.com",
  "https://api.recruspace.com/../../evil",
  "https://api.recruspace.com\\@evil.example",
  "javascript:alert(1)//https://api.recruspace.com",
  "file:///etc/passwd",
  "http://127.0.0.1:4010@169.254.169.254",
  "http://169.254.169.254/latest/meta-data",
  "http://[::1]:4010",
  "http://0x7f.0.0.1:4010",
  "HTTPS://API.RECRUSPACE.COM/",
  " https://api.recruspace.com/// ",
);

describe("API key form under hostile values (property-based)", () => {
  it("the server only ever talks to an allow-listed base URL, however the URL is disguised", () => {
    fc.assert(
      fc.property(fc.oneof(urlTricks, hostileString, fc.webUrl({ withQueryParameters: true, withFragments: true })), (input) => {
        const chosen = allowedBaseUrl(input, env);
        if (chosen === null) return;
        expect(ALLOWED).toContain(chosen);
        expect(ALLOWED.map((a) => new URL(a).host)).toContain(new URL(input.trim()).host);
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts the canonical spellings of allow-listed URLs", () => {
    expect(allowedBaseUrl("HTTPS://API.RECRUSPACE.COM/", env)).toBe("https://api.recruspace.com");
    expect(allowedBaseUrl(" http://127.0.0.1:4010/ ", env)).toBe("http://127.0.0.1:4010");
  });

  it("a key, label or URL field is refused with a clear message or accepted bounded; keys are printable ASCII only", () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.oneof(hostileString, fc.stringMatching(/^[A-Za-z0-9_\-]{8,64}$/)), (label, baseUrl, apiKey) => {
        const result = keyFormSchema.safeParse({ label, baseUrl, apiKey });
        if (!result.success) {
          for (const issue of result.error.issues) expect(isClearMessage(issue.message), issue.message).toBe(true);
          return;
        }
        expect(codePoints(result.data.label)).toBeGreaterThan(0);
        expect(codePoints(result.data.label)).toBeLessThanOrEqual(100);
        expect(codePoints(result.data.baseUrl)).toBeLessThanOrEqual(300);
        // An Authorization header can carry nothing else; anything more would fail later, less clearly.
        expect(result.data.apiKey).toMatch(/^[\x21-\x7e]{8,500}$/);
      }),
      { numRuns: 500 },
    );
  });

  it("key ids are bounded strings; other JSON types are refused", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileString), (keyId) => {
        const result = keyIdSchema.safeParse({ keyId });
        if (result.success) {
          expect(typeof result.data.keyId).toBe("string");
          expect(codePoints(result.data.keyId)).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
