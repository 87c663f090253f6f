import { afterEach, describe, expect, it } from "vitest";
import { API_ROUTES } from "../routes";
import { SANDBOX_DEMO_KEY } from "../seed-data";
import { startSandbox, type Sandbox } from "../server";
import { DOCUMENTED_FIELDS, isDriftRoute } from "./documented";
import { perturbBody } from "./perturb";
import { routeKeyOf } from "./route-key";

const auth = { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` };
const PAGE_ROUTE = "GET /api/v1/client/job-posts/";
// Presigned URLs must not change between two calls that are compared.
const fixed = { signingSecret: "drift-tests", now: () => Date.UTC(2026, 5, 1, 9) };

const started: Sandbox[] = [];
const start = async (options: Parameters<typeof startSandbox>[0] = {}) => {
  const sandbox = await startSandbox({ ...fixed, ...options });
  started.push(sandbox);
  return sandbox;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

const getJson = async (sandbox: Sandbox, path: string) => (await fetch(`${sandbox.url}${path}`, { headers: auth })).json();
const control = async (sandbox: Sandbox, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};

describe("drift mode", () => {
  it("classifies every route that answers a body, and nothing else", () => {
    const answering = API_ROUTES.flatMap((route) => Object.keys(route.handlers).filter((m) => m !== "DELETE").map((m) => routeKeyOf(m, route.pattern)));
    expect(answering.filter((key) => !isDriftRoute(key))).toEqual([]);
    expect(Object.keys(DOCUMENTED_FIELDS).sort()).toEqual([...answering].sort());
  });

  it("drifts answers from startSandbox({ drift }) exactly as perturbBody does, the same way every time, and lists what it applied", async () => {
    const sandbox = await start({ drift: 11 });
    const drifted = await getJson(sandbox, "/api/v1/client/job-posts/");
    sandbox.setDrift(null);
    const expected = perturbBody(11, PAGE_ROUTE, await getJson(sandbox, "/api/v1/client/job-posts/"));
    expect(drifted).toEqual(expected.body);

    sandbox.setDrift(11);
    expect(await getJson(sandbox, "/api/v1/client/job-posts/")).toEqual(drifted);
    expect(await getJson(sandbox, "/api/v1/client/job-posts/")).toEqual(drifted);
    expect(await control(sandbox, "GET", "drift")).toEqual({ status: 200, body: { seed: 11, applied: { [PAGE_ROUTE]: expected.applied } } });
    expect(sandbox.driftApplied()).toEqual({ [PAGE_ROUTE]: expected.applied });
  });

  it("switches at runtime; reset keeps the seed and clears the record", async () => {
    const sandbox = await start();
    const undrifted = await getJson(sandbox, "/api/v1/client/companies/users/");
    expect(await control(sandbox, "POST", "drift", { seed: "ci-3" })).toEqual({ status: 200, body: { seed: "ci-3" } });
    const drifted = await getJson(sandbox, "/api/v1/client/companies/users/");
    expect(drifted).toEqual(perturbBody("ci-3", "GET /api/v1/client/companies/users/", undrifted).body);
    expect(drifted).not.toEqual(undrifted);
    expect(Object.keys((await control(sandbox, "GET", "drift")).body.applied)).toEqual(["GET /api/v1/client/companies/users/"]);

    await control(sandbox, "POST", "reset");
    expect((await control(sandbox, "GET", "drift")).body).toEqual({ seed: "ci-3", applied: {} });
    expect(await getJson(sandbox, "/api/v1/client/companies/users/")).toEqual(drifted);

    await control(sandbox, "POST", "drift", { seed: null });
    expect(await getJson(sandbox, "/api/v1/client/companies/users/")).toEqual(undrifted);
    expect((await control(sandbox, "GET", "drift")).body).toEqual({ seed: null, applied: {} });
  });

  it("refuses seeds that are not a number, a non-empty string or null", async () => {
    const sandbox = await start({ drift: 1 });
    for (const body of [{}, { seed: "" }, { seed: true }, { seed: [1] }]) expect((await control(sandbox, "POST", "drift", body)).status).toBe(400);
    expect((await control(sandbox, "GET", "drift")).body.seed).toBe(1);
    await expect(startSandbox({ drift: Number.NaN })).rejects.toThrow(/seed/);
    expect(() => sandbox.setDrift("  ")).toThrow(/seed/);
  });

  it("never drifts errors, 204s or file downloads", async () => {
    const sandbox = await start({ drift: 2 });
    const pool = sandbox.store.state.talentPools.find((p) => p.companyId === 1)!;
    const candidate = sandbox.store.state.candidates.find((c) => c.companyId === 1 && c.cvId !== null)!;
    expect(await getJson(sandbox, "/api/v1/client/candidates/999999999/")).toEqual({ detail: "Not found." });
    expect(await getJson(sandbox, "/api/v1/client/candidates/search-by-email/")).toEqual({ email: ["This field is required."] });
    const deleted = await fetch(`${sandbox.url}/api/v1/client/talent-pools/${pool.id}/`, { method: "DELETE", headers: auth });
    expect([deleted.status, await deleted.text()]).toEqual([204, ""]);
    const document = sandbox.store.documentById(candidate.cvId!)!;
    const detail = (await getJson(sandbox, `/api/v1/client/candidates/${candidate.id}/`)) as { cv: { presigned_url: string } };
    const download = await fetch(detail.cv.presigned_url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString("base64")).toBe(document.contentBase64);
    expect(Object.keys(sandbox.driftApplied())).toEqual(["GET /api/v1/client/candidates/{candidate_id}/"]);
  });
});
