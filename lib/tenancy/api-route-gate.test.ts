import type { NextApiRequest, NextApiResponse } from "next";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { auth, findUnique } = vi.hoisted(() => ({ auth: vi.fn(), findUnique: vi.fn() }));
vi.mock("@/lib/auth/config", () => ({ auth }));
vi.mock("@/lib/db", () => ({ db: () => ({ user: { findUnique } }) }));

const { requireTenantForApiRoute } = await import("./api-route-gate");
const { GateError } = await import("./context");

const SECRET = "api-route-gate-test-secret-0123456789abcdef";
const SESSION_COOKIE = "authjs.session-token";
const membership = (tenantId: string, role: string) => ({ tenantId, role, tenant: { name: `Tenant ${tenantId}` } });
const request = (cookies: Record<string, string> = {}) => ({ cookies, headers: {} }) as unknown as NextApiRequest;
const response = {} as NextApiResponse;
const sessionOf = async (userId: string) => ({ [SESSION_COOKIE]: await encode({ token: { sub: userId }, secret: SECRET, salt: SESSION_COOKIE }) });

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
    auth.mockReset();
    findUnique.mockReset();
  });

  it("reads the user from the request's session cookie", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    const context = await requireTenantForApiRoute(request(await sessionOf("u1")), response, "member");
    expect(findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "u1" } }));
    expect(context).toMatchObject({ userId: "u1", tenantId: "t1", role: "member" });
    expect(auth).not.toHaveBeenCalled();
  });

  it("asks Auth.js with the request and response only for a chunked session cookie", async () => {
    auth.mockResolvedValue({ user: { id: "u2" } });
    findUnique.mockResolvedValue({ id: "u2", email: "b@example.com", name: "B", memberships: [membership("t1", "member")] });
    const req = request({ [`${SESSION_COOKIE}.0`]: "part-one", [`${SESSION_COOKIE}.1`]: "part-two" });
    expect((await requireTenantForApiRoute(req, response)).userId).toBe("u2");
    expect(auth).toHaveBeenCalledWith(req, response);
  });

  it("uses the active-tenant cookie only for a workspace the user belongs to", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member"), membership("t2", "admin")] });
    const session = await sessionOf("u1");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "t2" }), response)).tenantId).toBe("t2");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "someone-else" }), response)).tenantId).toBe("t1");
  });

  it("refuses without a session, with a forged one, without a user, without a membership and below the role", async () => {
    expect(await reason(requireTenantForApiRoute(request(), response))).toBe("unauthenticated");
    const forged = await encode({ token: { sub: "u1" }, secret: "not-the-server-secret-0123456789abcdef", salt: SESSION_COOKIE });
    expect(await reason(requireTenantForApiRoute(request({ [SESSION_COOKIE]: forged }), response))).toBe("unauthenticated");
    expect(findUnique).not.toHaveBeenCalled();

    const session = await sessionOf("gone");
    findUnique.mockResolvedValue(null);
    expect(await reason(requireTenantForApiRoute(request(session), response))).toBe("unauthenticated");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [] });
    expect(await reason(requireTenantForApiRoute(request(session), response))).toBe("no_tenant");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(session), response, "admin"))).toBe("forbidden");
  });
});
