import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const { requireTenant, handler } = vi.hoisted(() => ({ requireTenant: vi.fn(), handler: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("@/lib/tenancy/gate", () => ({ requireTenant }));
vi.mock("@/lib/tenancy/recruspace", () => ({ clientSourceFor: () => async () => ({}) }));
vi.mock("@/lib/auth/session", () => ({ currentUserId: async () => "u1" }));
vi.mock("@/lib/audit/record", () => ({ recordActorAudit: async () => {} }));

const { bindToPage, defineAction } = await import("./define-action");
const { GateError } = await import("@/lib/errors/failures");

/** A caller who belongs to two workspaces and has "Globex" active (the cookie says so). */
const ctx = {
  userId: "u1",
  userEmail: "a@example.com",
  userName: "A",
  tenantId: "t-globex",
  tenantName: "Globex",
  role: "member" as const,
  memberships: [
    { tenantId: "t-acme", tenantName: "Acme", role: "member" as const },
    { tenantId: "t-globex", tenantName: "Globex", role: "member" as const },
  ],
};

const rename = defineAction({ name: "test.rename", role: "member", input: z.object({ id: z.number().int().positive() }) }, async (input, actionCtx) =>
  handler(input, actionCtx.tenantId),
);
const look = defineAction({ name: "test.look", role: "member", staleTab: "allow", input: z.object({ id: z.number() }) }, async (input) => handler(input));

beforeEach(() => {
  requireTenant.mockReset().mockResolvedValue(ctx);
  handler.mockReset().mockResolvedValue("done");
});

describe("defineAction and the workspace a page was rendered for", () => {
  it("runs a write when the page's workspace is the active one", async () => {
    expect(await rename("t-globex", { id: 7 })).toEqual({ ok: true, data: "done" });
    expect(handler).toHaveBeenCalledWith({ id: 7 }, "t-globex");
  });

  it("refuses a write from a tab still showing the other workspace, tells the user to reload, and runs nothing", async () => {
    const result = await rename("t-acme", { id: 7 });
    expect(result).toEqual({
      ok: false,
      code: "stale_workspace",
      error: "This page shows the workspace “Acme”, but you have switched to “Globex” since (in another tab or window). Nothing was changed. Reload the page to continue in “Globex”.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a write that names no workspace, or one that is not the caller's, without naming it", async () => {
    for (const args of [[{ id: 7 }], [undefined, { id: 7 }], ["t-someone-else", { id: 7 }], [42, { id: 7 }]] as const) {
      const result = await (rename as (...a: unknown[]) => Promise<{ ok: boolean; code?: string; error?: string }>)(...args);
      expect(result).toMatchObject({ ok: false, code: "stale_workspace", error: expect.stringMatching(/different workspace than your active one, “Globex”.*Reload the page/) });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("asks the gate first: a stranger hears 'sign in', not about workspaces; validation comes after the workspace check", async () => {
    requireTenant.mockRejectedValueOnce(new GateError("unauthenticated"));
    expect(await rename("t-acme", { id: 7 })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await rename("t-acme", { id: -1 })).toMatchObject({ ok: false, code: "stale_workspace" });
    expect(await rename("t-globex", { id: -1 })).toMatchObject({ ok: false, code: "validation" });
  });

  it("leaves reads and the switch alone (staleTab: allow): they take only their input", async () => {
    expect(await look({ id: 1 })).toEqual({ ok: true, data: "done" });
  });

  it("bindToPage puts the page's workspace first in every call", async () => {
    const bound = bindToPage({ tenantId: "t-acme" }, { rename });
    expect(await bound.rename({ id: 7 })).toMatchObject({ ok: false, code: "stale_workspace" });
    requireTenant.mockResolvedValue({ ...ctx, tenantId: "t-acme", tenantName: "Acme" });
    expect(await bound.rename({ id: 7 })).toEqual({ ok: true, data: "done" });
    expect(handler).toHaveBeenCalledWith({ id: 7 }, "t-acme");
  });
});
