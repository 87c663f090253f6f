import type { NextApiRequest } from "next";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { findUnique } = vi.hoisted(() => ({ findUnique: vi.fn() }));
vi.mock("@/lib/db", async () => {
  const { fakeGateDb } = await import("../../tests/support/fake-gate-db");
  return { db: () => fakeGateDb(findUnique) };
});

const { memberOfUploadRoute } = await import("./api-route-gate");
const { describeFailure } = await import("@/lib/errors/describe");

/** The upload routes' gate: same origin (403), then the session and membership, then the page's workspace (409). */
const SECRET = "upload-route-gate-test-secret-0123456789abcdef";
// The page is served over https (no X-Forwarded-Proto says otherwise), so the session is the __Secure- cookie.
const SESSION_COOKIE = "__Secure-authjs.session-token";
const { ACTIVE_TENANT_COOKIE: ACTIVE } = await import("./switch-tenant");

function request(headers: Record<string, string>, cookies: Record<string, string>) {
  return {
    cookies,
    headers: { host: "admin.example.com", cookie: Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join("; "), ...headers },
  } as unknown as NextApiRequest;
}

async function outcome(promise: Promise<unknown>) {
  try {
    const ctx = (await promise) as { tenantId: string };
    return { ok: true, tenantId: ctx.tenantId };
  } catch (error) {
    const { status, code, message } = describeFailure(error, { surface: "route" });
    return { ok: false, status, code, message };
  }
}

describe("memberOfUploadRoute", () => {
  const previous = { secret: process.env.AUTH_SECRET, trust: process.env.AUTH_TRUST_HOST };
  let session: Record<string, string>;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    process.env.AUTH_TRUST_HOST = "true";
    session = { [SESSION_COOKIE]: await encode({ token: { sub: "u1", sv: 0, auth_time: Math.floor(Date.now() / 1000) }, secret: SECRET, salt: SESSION_COOKIE }) };
  });
  afterAll(() => {
    process.env.AUTH_SECRET = previous.secret;
    process.env.AUTH_TRUST_HOST = previous.trust;
  });
  beforeEach(() => {
    findUnique.mockReset();
    findUnique.mockResolvedValue({
      id: "u1",
      email: "a@example.com",
      name: "A",
      sessionVersion: 0,
      memberships: [
        { tenantId: "t-a", role: "member", tenant: { name: "Acme" } },
        { tenantId: "t-b", role: "member", tenant: { name: "Globex" } },
      ],
    });
  });

  it("passes a same-origin request from a page of the active workspace", async () => {
    const req = request({ origin: "https://admin.example.com", "x-tenant": "t-b" }, { ...session, [ACTIVE]: "t-b" });
    expect(await outcome(memberOfUploadRoute(req))).toEqual({ ok: true, tenantId: "t-b" });
  });

  it("refuses a foreign Origin with 403 before looking at the session", async () => {
    for (const origin of ["https://evil.example", "https://files.example.com", "null"]) {
      const req = request({ origin, "x-tenant": "t-b" }, { ...session, [ACTIVE]: "t-b" });
      expect(await outcome(memberOfUploadRoute(req))).toMatchObject({ ok: false, status: 403, code: "forbidden", message: expect.stringMatching(/did not come from this app's own pages/) });
    }
    expect(findUnique).not.toHaveBeenCalled();
  });

  it("refuses a page rendered for the other workspace (a stale tab) with 409 and tells the user to reload", async () => {
    const req = request({ origin: "https://admin.example.com", "x-tenant": "t-a" }, { ...session, [ACTIVE]: "t-b" });
    expect(await outcome(memberOfUploadRoute(req))).toEqual({
      ok: false,
      status: 409,
      code: "stale_workspace",
      message: "This page shows the workspace “Acme”, but you have switched to “Globex” since (in another tab or window). Nothing was changed. Reload the page to continue in “Globex”.",
    });
  });

  it("refuses a request without the page's workspace, or with a workspace that is not the caller's", async () => {
    for (const headers of [{}, { "x-tenant": "t-elsewhere" }] as Record<string, string>[]) {
      const req = request({ origin: "https://admin.example.com", ...headers }, { ...session, [ACTIVE]: "t-b" });
      expect(await outcome(memberOfUploadRoute(req))).toMatchObject({ ok: false, status: 409, code: "stale_workspace", message: expect.stringMatching(/different workspace.*Reload the page/) });
    }
  });

  it("answers a signed-out caller 401 first", async () => {
    const req = request({ origin: "https://admin.example.com" }, {});
    expect(await outcome(memberOfUploadRoute(req))).toMatchObject({ ok: false, status: 401, code: "unauthenticated" });
  });
});
