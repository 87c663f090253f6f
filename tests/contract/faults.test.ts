import { describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "../../sandbox/seed-data";
import { uniqueEmail } from "../support/contract/fixtures";
import { call, LIVE, sandboxOf, useTarget, type Target } from "../support/contract/target";

const POOLS = "/api/v1/client/talent-pools/";

async function inject(target: Target, fault: Record<string, unknown>) {
  const response = await call(target, "/__sandbox/faults", { method: "POST", key: null, json: fault });
  expect(response.status).toBe(201);
}

async function fetchWithTimeout(target: Target, path: string, init: RequestInit, ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(`${target.baseUrl}${path}`, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function eventually(check: () => Promise<void>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

const manualAdd = (target: Target, email: string, poolId: number): RequestInit => ({
  method: "POST",
  headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({ email, first_name: "Fault", last_name: "Tolerant", talent_pool_id: poolId }),
});

describe.skipIf(LIVE)("fault injection through /__sandbox/faults (sandbox)", () => {
  const target = useTarget();

  it("status: the next N calls answer the status, then the route behaves again", async () => {
    await inject(target, { method: "GET", path: POOLS, kind: "status", status: 503, retryAfter: 2, count: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await call(target, POOLS);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("2");
    }
    expect((await call(target, POOLS)).status).toBe(200);
  });

  it("status 429 uses the throttle body and Retry-After", async () => {
    await inject(target, { method: "GET", path: POOLS, kind: "status", status: 429, retryAfter: 3 });
    const response = await call(target, POOLS);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(response.body).toEqual({ detail: "Request was throttled. Expected available in 3 seconds." });
  });

  it("prefix paths (ending in *) match every path below", async () => {
    await inject(target, { method: "GET", path: "/api/v1/client/*", kind: "status", status: 500, count: 2 });
    expect((await call(target, "/api/v1/client/companies/users/")).status).toBe(500);
    expect((await call(target, "/api/v1/client/job-posts/")).body).toEqual({ detail: "A server error occurred." });
    expect((await call(target, "/api/v1/client/job-posts/")).status).toBe(200);
  });

  it("malformed: 200 with a body that is not JSON (or a custom wrong shape)", async () => {
    await inject(target, { method: "GET", path: POOLS, kind: "malformed" });
    const broken = await call(target, POOLS);
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow();
    await inject(target, { method: "GET", path: POOLS, kind: "malformed", body: '{"unexpected":true}' });
    expect((await call(target, POOLS)).body).toEqual({ unexpected: true });
  });

  it("latency: the answer comes late but intact", async () => {
    await inject(target, { method: "GET", path: POOLS, kind: "latency", ms: 300 });
    const began = Date.now();
    const response = await call(target, POOLS);
    expect(Date.now() - began).toBeGreaterThanOrEqual(280);
    expect(response.status).toBe(200);
  });

  it("reset: the connection is destroyed; by default nothing was created", async () => {
    const pool = (await call(target, POOLS)).body[0];
    const email = uniqueEmail("reset");
    await inject(target, { method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "reset" });
    await expect(fetch(`${target.baseUrl}/api/v1/client/candidates/manual-add/`, manualAdd(target, email, pool.id))).rejects.toThrow();
    expect((await call(target, `/__sandbox/candidates?key=${SANDBOX_KEYS.acme}&email=${encodeURIComponent(email)}`, { key: null })).body).toEqual([]);
  });

  it("reset with after:true: the create happened, only the answer was lost", async () => {
    const pool = (await call(target, POOLS)).body[0];
    const email = uniqueEmail("after");
    await inject(target, { method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "reset", after: true });
    await expect(fetch(`${target.baseUrl}/api/v1/client/candidates/manual-add/`, manualAdd(target, email, pool.id))).rejects.toThrow();
    const found = await call(target, `/__sandbox/candidates?key=${SANDBOX_KEYS.acme}&email=${encodeURIComponent(email)}`, { key: null });
    expect(found.body).toEqual([{ id: expect.any(Number), email, first_name: "Fault", last_name: "Tolerant", talent_pool_ids: [pool.id], job_post: null }]);
  });

  it("hang: no answer until the client gives up; with after:true the pool was created", async () => {
    await inject(target, { method: "POST", path: `${POOLS}create/`, kind: "hang", after: true });
    const init: RequestInit = { method: "POST", headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "application/json" }, body: JSON.stringify({ name: "Lost answer pool" }) };
    await expect(fetchWithTimeout(target, `${POOLS}create/`, init, 300)).rejects.toThrow();
    const poolNames = async () => ((await call(target, POOLS)).body as { name: string }[]).map((p) => p.name);
    // On a loaded machine the request may still be in flight when the client gives up: wait for its effect.
    await eventually(async () => expect((await poolNames()).filter((name) => name === "Lost answer pool")).toHaveLength(1));

    await call(target, "/__sandbox/requests/reset", { method: "POST", key: null });
    await inject(target, { method: "POST", path: `${POOLS}create/`, kind: "hang" });
    await expect(fetchWithTimeout(target, `${POOLS}create/`, { ...init, body: JSON.stringify({ name: "Never made" }) }, 300)).rejects.toThrow();
    await eventually(async () => expect((await call(target, "/__sandbox/requests", { key: null })).body.byRoute[`POST ${POOLS}create/`]).toBe(1));
    expect(await poolNames()).not.toContain("Never made");
  });

  it("DELETE /__sandbox/faults clears pending faults; GET lists them", async () => {
    await inject(target, { method: "GET", path: POOLS, kind: "status", status: 500, count: 5 });
    expect((await call(target, "/__sandbox/faults", { key: null })).body).toHaveLength(1);
    expect((await call(target, "/__sandbox/faults", { method: "DELETE", key: null })).status).toBe(200);
    expect((await call(target, POOLS)).status).toBe(200);
  });

  it("refuses an invalid fault with 400", async () => {
    const response = await call(target, "/__sandbox/faults", { method: "POST", key: null, json: { method: "GET", path: POOLS, kind: "explode" } });
    expect(response.status).toBe(400);
  });
});

describe.skipIf(LIVE)("test-control endpoints (sandbox)", () => {
  const target = useTarget();

  it("/__sandbox/requests counts API calls per METHOD + path (also faulted ones) and resets", async () => {
    await call(target, "/__sandbox/requests/reset", { method: "POST", key: null });
    await call(target, POOLS);
    await call(target, POOLS);
    await call(target, "/api/v1/client/companies/users/", { key: null });
    const counts = await call(target, "/__sandbox/requests", { key: null });
    expect(counts.body).toEqual({ total: 3, byRoute: { [`GET ${POOLS}`]: 2, "GET /api/v1/client/companies/users/": 1 } });
    await call(target, "/__sandbox/requests/reset", { method: "POST", key: null });
    expect((await call(target, "/__sandbox/requests", { key: null })).body).toEqual({ total: 0, byRoute: {} });
  });

  it("/__sandbox/reset restores the seed", async () => {
    await call(target, `${POOLS}create/`, { method: "POST", json: { name: "Temporary" } });
    expect((await call(target, "/__sandbox/reset", { method: "POST", key: null })).status).toBe(200);
    expect(((await call(target, POOLS)).body as { name: string }[]).some((p) => p.name === "Temporary")).toBe(false);
  });

  it("/__sandbox/candidates needs a known key", async () => {
    expect((await call(target, "/__sandbox/candidates?key=nope&email=a@b.c", { key: null })).status).toBe(404);
    expect(sandboxOf(target).findCandidates("nope", "a@b.c")).toEqual([]);
  });
});
