import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

describe("clientIp", () => {
  it("uses the last X-Forwarded-For hop, the one the nearest proxy appended", () => {
    expect(clientIp(req({ "x-forwarded-for": "203.0.113.7, 198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(req({ "x-forwarded-for": "::1" }))).toBe("::1");
  });

  it("falls back to X-Real-IP, then to a fixed bucket", () => {
    expect(clientIp(req({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientIp(req({}))).toBe("unknown");
    expect(clientIp(req({ "x-forwarded-for": " , " }))).toBe("unknown");
  });
});
