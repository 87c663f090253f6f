import type { NextApiRequest } from "next";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { findUnique } = vi.hoisted(() => ({ findUnique: vi.fn() }));
vi.mock("@/lib/db", async () => {
  const { fakeGateDb } = await import("../../tests/support/fake-gate-db");
  return { db: () => fakeGateDb(findUnique) };
});

const { requireTenantForApiRoute } = await import("./api-route-gate");
const { GateError } = await import("@/lib/errors/failures");

const SECRET = "api-route-gate-test-secret-0123456789abcdef";
const SESSION_COOKIE = "authjs.session-token";
const membership = (tenantId: string, role: string) => ({ tenantId, role, tenant: { name: `Tenant ${tenantId}` } });
const SECURE_COOKIE = "__Secure-authjs.session-token";
// Served over plain http unless said otherwise (Next.js sets X-Forwarded-Proto from the socket).
const request = (cookies: Record<string, string> = {}, proto = "http") =>
  ({
    cookies,
    headers: { cookie: Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join("; "), "x-forwarded-proto": proto },
  }) as unknown as NextApiRequest;
const token = (userId: string, sv = 0, salt = SESSION_COOKIE) =>
  encode({ token: { sub: userId, sv, auth_time: Math.floor(Date.now() / 1000) }, secret: SECRET, salt });
const sessionOf = async (userId: string, sv = 0) => ({ [SESSION_COOKIE]: await token(userId, sv) });

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GateError) return error.reason;
    throw error;
  }
  return "passed";
}

describe("requireTenantForApiRoute", () => {
  const previousSecret = process.env.AUTH_SECRET;
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });
  afterAll(() => {
    process.env.AUTH_SECRET = previousSecret;
  });
  beforeEach(() => {
    findUnique.mockReset();
  });

  it("reads the user from the request's session cookie", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 0, memberships: [membership("t1", "member")] });
    const context = await requireTenantForApiRoute(request(await sessionOf("u1")), "member");
    expect(findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "u1" } }));
    expect(context).toMatchObject({ userId: "u1", tenantId: "t1", role: "member" });
  });

  it("reads a chunked session cookie (a large session) as Auth.js writes it", async () => {
    findUnique.mockResolvedValue({ id: "u2", email: "b@example.com", name: "B", sessionVersion: 0, memberships: [membership("t1", "member")] });
    const token = (await sessionOf("u2"))[SESSION_COOKIE]!;
    const half = Math.ceil(token.length / 2);
    const req = request({ [`${SESSION_COOKIE}.0`]: token.slice(0, half), [`${SESSION_COOKIE}.1`]: token.slice(half) });
    expect((await requireTenantForApiRoute(req)).userId).toBe("u2");
  });

  it("uses the active-tenant cookie only for a workspace the user belongs to", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 0, memberships: [membership("t1", "member"), membership("t2", "admin")] });
    const session = await sessionOf("u1");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "t2" }))).tenantId).toBe("t2");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "someone-else" }))).tenantId).toBe("t1");
  });

  it("refuses without a session, with a forged one, without a user, without a membership and below the role", async () => {
    expect(await reason(requireTenantForApiRoute(request()))).toBe("unauthenticated");
    const forged = await encode({ token: { sub: "u1", sv: 0, auth_time: Math.floor(Date.now() / 1000) }, secret: "not-the-server-secret-0123456789abcdef", salt: SESSION_COOKIE });
    expect(await reason(requireTenantForApiRoute(request({ [SESSION_COOKIE]: forged })))).toBe("unauthenticated");
    expect(findUnique).not.toHaveBeenCalled();

    const session = await sessionOf("gone");
    findUnique.mockResolvedValue(null);
    expect(await reason(requireTenantForApiRoute(request(session)))).toBe("unauthenticated");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 0, memberships: [] });
    expect(await reason(requireTenantForApiRoute(request(session)))).toBe("no_tenant");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 0, memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(session), "admin"))).toBe("forbidden");
  });

  it("refuses a session whose version the user has moved past (signed out everywhere, password changed, removed)", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 2, memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(await sessionOf("u1", 1))))).toBe("unauthenticated");
    expect(await reason(requireTenantForApiRoute(request(await sessionOf("u1", 2))))).toBe("passed");
  });

  it("on https reads only the __Secure- cookie, as Auth.js names it there", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", sessionVersion: 0, memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(await sessionOf("u1"), "https")))).toBe("unauthenticated");
    expect(await reason(requireTenantForApiRoute(request({ [SECURE_COOKIE]: await token("u1", 0, SECURE_COOKIE) }, "https")))).toBe("passed");
  });
});
