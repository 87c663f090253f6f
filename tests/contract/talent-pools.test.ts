import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstPoolWithCandidates, uniqueEmail } from "../support/contract/fixtures";
import { candidateSummarySchema, pageSchema, talentPoolSchema } from "../support/contract/shapes";
import { call, LIVE, useTarget } from "../support/contract/target";

const POOLS = "/api/v1/client/talent-pools/";

describe("List Talent Pools and List Talent Pool Candidates", () => {
  const target = useTarget();

  it("GET talent-pools/ → a plain array of pools", async () => {
    const response = await call(target, POOLS);
    expect(response.status).toBe(200);
    z.array(talentPoolSchema).parse(response.body);
  });

  it("GET talent-pools/{id}/candidates/ → a page of candidate summaries; count matches candidate_count", async () => {
    const pool = await firstPoolWithCandidates(target);
    const response = await call(target, `${POOLS}${pool.id}/candidates/?page_size=5`);
    expect(response.status).toBe(200);
    const page = pageSchema(candidateSummarySchema).parse(response.body);
    expect(page.count).toBe(pool.candidate_count);
    expect(page.results.length).toBe(Math.min(5, page.count));
  });

  it("page past the end → 404 Invalid page.; an unknown pool → 404 Not found.", async () => {
    const pool = await firstPoolWithCandidates(target);
    const past = await call(target, `${POOLS}${pool.id}/candidates/?page=100000`);
    expect(past.status).toBe(404);
    expect(past.body).toEqual({ detail: "Invalid page." });
    const unknown = await call(target, `${POOLS}999999999/candidates/`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ detail: "Not found." });
  });

  it.skipIf(LIVE)("the demo company has at least 6 pools and 20 candidates per page by default", async () => {
    const pools = z.array(talentPoolSchema).parse((await call(target, POOLS)).body);
    expect(pools.length).toBeGreaterThanOrEqual(6);
    const biggest = pools.reduce((a, b) => (a.candidate_count > b.candidate_count ? a : b));
    const page = pageSchema(candidateSummarySchema).parse((await call(target, `${POOLS}${biggest.id}/candidates/`)).body);
    expect(page.results).toHaveLength(Math.min(20, biggest.candidate_count));
  });
});

describe.skipIf(LIVE)("Create, Update and Delete Talent Pool (sandbox)", () => {
  const target = useTarget();

  it("create → 201 pool with zero candidates; it appears in the list", async () => {
    const created = await call(target, `${POOLS}create/`, { method: "POST", json: { name: "  Night shift technicians  " } });
    expect(created.status).toBe(201);
    const pool = talentPoolSchema.parse(created.body);
    expect(pool).toMatchObject({ name: "Night shift technicians", candidate_count: 0 });
    const list = z.array(talentPoolSchema).parse((await call(target, POOLS)).body);
    expect(list.map((p) => p.id)).toContain(pool.id);
    const empty = await call(target, `${POOLS}${pool.id}/candidates/`);
    expect(empty.body).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it.each([
    [{}, { name: ["This field is required."] }],
    [{ name: "   " }, { name: ["This field may not be blank."] }],
    [{ name: "x".repeat(256) }, { name: ["Ensure this field has no more than 255 characters."] }],
    [{ name: ["list"] }, { name: ["Not a valid string."] }],
  ])("create with body #%# → 400 %j", async (json, errors) => {
    const response = await call(target, `${POOLS}create/`, { method: "POST", json });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors);
  });

  it("PATCH renames (200 pool); without name leaves it unchanged; blank → 400; unknown → 404", async () => {
    const pool = (await call(target, POOLS)).body[0];
    const renamed = await call(target, `${POOLS}${pool.id}/`, { method: "PATCH", json: { name: "Renamed pool" } });
    expect(renamed.status).toBe(200);
    expect(talentPoolSchema.parse(renamed.body)).toMatchObject({ id: pool.id, name: "Renamed pool", candidate_count: pool.candidate_count });
    const untouched = await call(target, `${POOLS}${pool.id}/`, { method: "PATCH", json: {} });
    expect(untouched.body.name).toBe("Renamed pool");
    expect((await call(target, `${POOLS}${pool.id}/`, { method: "PATCH", json: { name: "" } })).status).toBe(400);
    expect((await call(target, `${POOLS}999999999/`, { method: "PATCH", json: { name: "x" } })).status).toBe(404);
  });

  it("DELETE → 204; the pool is gone but its candidates still exist, detached", async () => {
    const pool = await firstPoolWithCandidates(target);
    const member = (await call(target, `${POOLS}${pool.id}/candidates/?page_size=1`)).body.results[0];
    const deleted = await call(target, `${POOLS}${pool.id}/`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect((await call(target, `${POOLS}${pool.id}/candidates/`)).status).toBe(404);
    expect((await call(target, `${POOLS}${pool.id}/`, { method: "DELETE" })).status).toBe(404);
    const candidate = await call(target, `/api/v1/client/candidates/${member.id}/`);
    expect(candidate.status).toBe(200);
    expect(candidate.body.talent_pools.map((p: { id: number }) => p.id)).not.toContain(pool.id);
  });

  it("newly added candidates come first in the pool listing with added_at", async () => {
    const pool = await firstPoolWithCandidates(target);
    const email = uniqueEmail("pool");
    const added = await call(target, "/api/v1/client/candidates/manual-add/", { method: "POST", json: { email, first_name: "N", last_name: "New", talent_pool_id: pool.id } });
    expect(added.status).toBe(201);
    const page = pageSchema(candidateSummarySchema).parse((await call(target, `${POOLS}${pool.id}/candidates/`)).body);
    expect(page.count).toBe(pool.candidate_count + 1);
    expect(page.results[0]!.email).toBe(email);
  });
});
