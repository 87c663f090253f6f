import type { NextApiRequest, NextApiResponse } from "next";
import { beforeEach, describe, expect, it, vi } from "vitest";

const { auth, findUnique } = vi.hoisted(() => ({ auth: vi.fn(), findUnique: vi.fn() }));
vi.mock("@/lib/auth/config", () => ({ auth }));
vi.mock("@/lib/db", () => ({ db: () => ({ user: { findUnique } }) }));

const { requireTenantForApiRoute } = await import("./api-route-gate");
const { GateError } = await import("./context");

const membership = (tenantId: string, role: string) => ({ tenantId, role, tenant: { name: `Tenant ${tenantId}` } });
const request = (cookies: Record<string, string> = {}) => ({ cookies, headers: {} }) as unknown as NextApiRequest;
const response = {} as NextApiResponse;

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
  beforeEach(() => {
    auth.mockReset();
    findUnique.mockReset();
  });

  it("reads the session from the request and response it is given", async () => {
    auth.mockResolvedValue({ user: { id: "u1" } });
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    const req = request();
    const context = await requireTenantForApiRoute(req, response, "member");
    expect(auth).toHaveBeenCalledWith(req, response);
    expect(findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "u1" } }));
    expect(context).toMatchObject({ userId: "u1", tenantId: "t1", role: "member" });
  });

  it("uses the active-tenant cookie only for a workspace the user belongs to", async () => {
    auth.mockResolvedValue({ user: { id: "u1" } });
    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member"), membership("t2", "admin")] });
    expect((await requireTenantForApiRoute(request({ "rs-active-tenant": "t2" }), response)).tenantId).toBe("t2");
    expect((await requireTenantForApiRoute(request({ "rs-active-tenant": "someone-else" }), response)).tenantId).toBe("t1");
  });

  it("refuses without a session, without a user, without a membership and below the role", async () => {
    auth.mockResolvedValue(null);
    expect(await reason(requireTenantForApiRoute(request(), response))).toBe("unauthenticated");
    expect(findUnique).not.toHaveBeenCalled();

    auth.mockResolvedValue({ user: { id: "gone" } });
    findUnique.mockResolvedValue(null);
    expect(await reason(requireTenantForApiRoute(request(), response))).toBe("unauthenticated");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [] });
    expect(await reason(requireTenantForApiRoute(request(), response))).toBe("no_tenant");

    findUnique.mockResolvedValue({ id: "u1", email: "a@example.com", name: "A", memberships: [membership("t1", "member")] });
    expect(await reason(requireTenantForApiRoute(request(), response, "admin"))).toBe("forbidden");
  });
});
