import type { NextApiRequest } from "next";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { findUnique } = vi.hoisted(() => ({ findUnique: vi.fn() }));
vi.mock("@/lib/db", () => ({ db: () => ({ user: { findUnique } }) }));

const { requireTenantForApiRoute } = await import("./api-route-gate");
const { GateError } = await import("@/lib/errors/failures");

const SECRET = "api-route-gate-test-secret-0123456789abcdef";
const SESSION_COOKIE = "authjs.session-token";
const membership = (tenantId: string, role: string) => ({ tenantId, role, tenant: { name: `Tenant ${tenantId}` } });
const request = (cookies: Record<string, string> = {}) =>
  ({
    cookies,
    headers: { cookie: Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join("; ") },
  }) as unknown as NextApiRequest;
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
    findUnique.mockReset();
  });

  it("reads the user from the request's session cookie", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    const context = await requireTenantForApiRoute(request(await sessionOf("u1")), "member");
    expect(findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "u1" } }));
    expect(context).toMatchObject({ userId: "u1", tenantId: "t1", role: "member" });
  });

  it("reads a chunked session cookie (a large session) as Auth.js writes it", async () => {
    findUnique.mockResolvedValue({ id: "u2", email: "b@example.com", name: "B", memberships: [membership("t1", "member")] });
    const token = (await sessionOf("u2"))[SESSION_COOKIE]!;
    const half = Math.ceil(token.length / 2);
    const req = request({ [`${SESSION_COOKIE}.0`]: token.slice(0, half), [`${SESSION_COOKIE}.1`]: token.slice(half) });
    expect((await requireTenantForApiRoute(req)).userId).toBe("u2");
  });

  it("uses the active-tenant cookie only for a workspace the user belongs to", async () => {
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member"), membership("t2", "admin")] });
    const session = await sessionOf("u1");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "t2" }))).tenantId).toBe("t2");
    expect((await requireTenantForApiRoute(request({ ...session, "rs-active-tenant": "someone-else" }))).tenantId).toBe("t1");
  });

  it("refuses without a session, with a forged one, without a user, without a membership and below the role", async () => {
    expect(await reason(requireTenantForApiRoute(request()))).toBe("unauthenticated");
    const forged = await encode({ token: { sub: "u1" }, secret: "not-the-server-secret-0123456789abcdef", salt: SESSION_COOKIE });
    expect(await reason(requireTenantForApiRoute(request({ [SESSION_COOKIE]: forged })))).toBe("unauthenticated");
    expect(findUnique).not.toHaveBeenCalled();

    const session = await sessionOf("gone");
    findUnique.mockResolvedValue(null);
    expect(await reason(requireTenantForApiRoute(request(session)))).toBe("unauthenticated");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [] });
    expect(await reason(requireTenantForApiRoute(request(session)))).toBe("no_tenant");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(session), "admin"))).toBe("forbidden");
  });
});
