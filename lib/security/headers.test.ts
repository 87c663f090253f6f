import { describe, expect, it } from "vitest";
import { httpsOnlyHeaders, securityHeaders, STRICT_TRANSPORT_SECURITY } from "./headers";

describe("security headers", () => {
  it("isolate every response from other origins", () => {
    const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));
    expect(headers).toMatchObject({
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
  });

  it("add Strict-Transport-Security only when the first forwarded protocol is https", () => {
    const { has, headers } = httpsOnlyHeaders();
    expect(headers).toEqual([{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }]);
    // Next matches `has` values as ^value$.
    const matcher = new RegExp(`^${has[0]!.value}$`);
    expect(has[0]!.key).toBe("x-forwarded-proto");
    for (const value of ["https", "https, http", "https,https"]) expect(value).toMatch(matcher);
    for (const value of ["http", "http, https", "httpsx", ""]) expect(value).not.toMatch(matcher);
  });
});
