import { describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "../../sandbox/seed-data";
import { call, LIVE, sandboxOf, useTarget } from "../support/contract/target";

const UNAUTHORIZED = { detail: "Authentication credentials were not provided." };
const EVERY_GET = [
  "/api/v1/client/talent-pools/",
  "/api/v1/client/companies/users/",
  "/api/v1/client/companies/offices/",
  "/api/v1/client/job-posts/",
  "/api/v1/client/candidates/search-by-email/?email=a",
];

describe("authentication", () => {
  const target = useTarget();

  it.each(EVERY_GET)("GET %s without a key → 401 with the documented body", async (path) => {
    const response = await call(target, path, { key: null });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED);
  });

  it("an unknown key gets the same 401 body", async () => {
    const response = await call(target, "/api/v1/client/talent-pools/", { key: "rsk_not_a_real_key_0000" });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED);
  });

  it("a non-Bearer Authorization header is refused", async () => {
    const response = await call(target, "/api/v1/client/talent-pools/", { key: null, headers: { Authorization: `Basic ${target.apiKey}` } });
    expect(response.status).toBe(401);
  });

  it("mutating endpoints also require a key", async () => {
    const response = await call(target, "/api/v1/client/talent-pools/create/", { method: "POST", key: null, json: { name: "x" } });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORIZED);
  });

  it.skipIf(LIVE)("a revoked key stops working at once; a new key for the company works", async () => {
    const sandbox = sandboxOf(target);
    const added = await call(target, `/__sandbox/keys`, { method: "POST", key: null, json: { company: "acme" } });
    expect(added.status).toBe(201);
    expect((await call(target, "/api/v1/client/talent-pools/", { key: added.body.key })).status).toBe(200);
    expect((await call(target, `/__sandbox/keys/revoke`, { method: "POST", key: null, json: { key: added.body.key } })).status).toBe(200);
    const refused = await call(target, "/api/v1/client/talent-pools/", { key: added.body.key });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(UNAUTHORIZED);
    expect(sandbox.store.companyForKey(SANDBOX_KEYS.acme)?.name).toBe("Acme Robotics");
  });
});

describe("routing", () => {
  const target = useTarget();

  it.each(["/api/v1/client/talent-pools", "/api/v1/client/companies/users", "/api/v1/client/job-posts"])("%s without the trailing slash → 404", async (path) => {
    const response = await call(target, path);
    expect(response.status).toBe(404);
  });

  it("an unknown path → 404", async () => {
    expect((await call(target, "/api/v1/client/nothing-here/")).status).toBe(404);
  });

  it.each([
    ["PUT", "/api/v1/client/talent-pools/"],
    ["DELETE", "/api/v1/client/companies/users/"],
    ["GET", "/api/v1/client/talent-pools/create/"],
    ["GET", "/api/v1/client/candidates/add-note/"],
  ])("%s %s → 405 with the DRF body", async (method, path) => {
    const response = await call(target, path, { method });
    expect(response.status).toBe(405);
    expect(response.body).toEqual({ detail: `Method "${method}" not allowed.` });
  });

  it.skipIf(LIVE)("405 names the allowed methods", async () => {
    const response = await call(target, "/api/v1/client/talent-pools/1/", { method: "PUT" });
    expect(response.headers.get("allow")).toBe("PATCH, DELETE");
  });

  it.skipIf(LIVE)("non-numeric ids do not match numeric routes (404)", async () => {
    expect((await call(target, "/api/v1/client/candidates/abc/")).status).toBe(404);
    expect((await call(target, "/api/v1/client/talent-pools/abc/candidates/")).status).toBe(404);
  });

  it.skipIf(LIVE)("a JSON endpoint refuses another content type with 415", async () => {
    const response = await fetch(`${target.baseUrl}/api/v1/client/talent-pools/create/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "text/plain" },
      body: "name=x",
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });

  it.skipIf(LIVE)("invalid JSON → 400 with a parse error detail", async () => {
    const response = await fetch(`${target.baseUrl}/api/v1/client/talent-pools/create/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^JSON parse error/);
  });
});
