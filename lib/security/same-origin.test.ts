import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

describe("isSameOriginRequest", () => {
  it("accepts a request from the app's own origin", () => {
    expect(isSameOriginRequest({ host: "admin.example.com", origin: "https://admin.example.com" }, false)).toBe(true);
    expect(isSameOriginRequest({ host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }, false)).toBe(true);
    expect(isSameOriginRequest({ host: "ADMIN.example.com", origin: "https://admin.example.com" }, false)).toBe(true);
  });

  it("refuses another origin, a sibling subdomain, another port and the opaque origin", () => {
    for (const origin of ["https://evil.example", "https://files.example.com", "https://admin.example.com:8443", "null", "not a url"]) {
      expect(isSameOriginRequest({ host: "admin.example.com", origin }, false), origin).toBe(false);
    }
    expect(isSameOriginRequest({ host: "admin.example.com", origin: "https://evil.example" }, true)).toBe(false);
  });

  it("compares with X-Forwarded-Host only when the deployment trusts its proxy", () => {
    const behindProxy = { host: "app:3000", "x-forwarded-host": "admin.example.com, proxy.internal", origin: "https://admin.example.com" };
    expect(isSameOriginRequest(behindProxy, true)).toBe(true);
    expect(isSameOriginRequest(behindProxy, false)).toBe(false);
    // Without trust a client cannot make a foreign Origin match by sending X-Forwarded-Host itself.
    expect(isSameOriginRequest({ host: "admin.example.com", "x-forwarded-host": "evil.example", origin: "https://evil.example" }, false)).toBe(false);
  });

  it("lets a request without Origin through unless Sec-Fetch-Site says it came from elsewhere", () => {
    expect(isSameOriginRequest({ host: "admin.example.com" }, false)).toBe(true);
    expect(isSameOriginRequest({ host: "admin.example.com", "sec-fetch-site": "none" }, false)).toBe(true);
    expect(isSameOriginRequest({ host: "admin.example.com", "sec-fetch-site": "same-site" }, false)).toBe(false);
    expect(isSameOriginRequest({ host: "admin.example.com", "sec-fetch-site": "cross-site" }, false)).toBe(false);
  });
});
