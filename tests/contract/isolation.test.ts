import { describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "../../sandbox/seed-data";
import { call, LIVE, useTarget } from "../support/contract/target";

/** Every id of one company is invisible to another: 404 "Not found.", never 403, never data. */
describe.skipIf(LIVE)("company isolation (sandbox)", () => {
  const target = useTarget();
  const NOT_FOUND = { detail: "Not found." };

  async function acmeIds() {
    const pool = (await call(target, "/api/v1/client/talent-pools/")).body[0];
    const post = (await call(target, "/api/v1/client/job-posts/?status=published&page_size=1")).body.results[0];
    const candidate = (await call(target, `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`)).body.results[0];
    return { pool, post, candidate };
  }

  it("lists never contain another company's records", async () => {
    const acmePools = (await call(target, "/api/v1/client/talent-pools/")).body.map((p: { id: number }) => p.id);
    const globexPools = (await call(target, "/api/v1/client/talent-pools/", { key: SANDBOX_KEYS.globex })).body.map((p: { id: number }) => p.id);
    expect(acmePools.filter((id: number) => globexPools.includes(id))).toEqual([]);
    const acmePosts = (await call(target, "/api/v1/client/job-posts/?page_size=100")).body;
    const globexPosts = (await call(target, "/api/v1/client/job-posts/?page_size=100", { key: SANDBOX_KEYS.globex })).body;
    expect(globexPosts.count).toBeLessThan(acmePosts.count);
    const users = (await call(target, "/api/v1/client/companies/users/", { key: SANDBOX_KEYS.initech })).body;
    expect(users.every((u: { user: { email: string } }) => u.user.email.endsWith("@initech.example"))).toBe(true);
  });

  it("reads of another company's ids → 404", async () => {
    const { pool, post, candidate } = await acmeIds();
    for (const path of [
      `/api/v1/client/candidates/${candidate.id}/`,
      `/api/v1/client/job-posts/${post.hash}/`,
      `/api/v1/client/job-posts/${post.hash}/questions/`,
      `/api/v1/client/talent-pools/${pool.id}/candidates/`,
    ]) {
      const response = await call(target, path, { key: SANDBOX_KEYS.globex });
      expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 404, body: NOT_FOUND });
    }
    const search = await call(target, `/api/v1/client/candidates/search-by-email/?email=${encodeURIComponent(candidate.email)}`, { key: SANDBOX_KEYS.globex });
    expect(search.body).toEqual([]);
  });

  it("writes to another company's ids → 404 and change nothing", async () => {
    const { pool, post, candidate } = await acmeIds();
    const globex = { key: SANDBOX_KEYS.globex, method: "POST" };
    const attempts = [
      await call(target, `/api/v1/client/talent-pools/${pool.id}/`, { ...globex, method: "PATCH", json: { name: "hijacked" } }),
      await call(target, `/api/v1/client/talent-pools/${pool.id}/`, { ...globex, method: "DELETE" }),
      await call(target, "/api/v1/client/candidates/add-note/", { ...globex, json: { candidate_id: candidate.id, text: "x" } }),
      await call(target, "/api/v1/client/candidates/add-tag/", { ...globex, json: { candidate_id: candidate.id, title: "x" } }),
      await call(target, "/api/v1/client/candidates/manual-add/", { ...globex, json: { email: "a@example.test", first_name: "A", last_name: "B", talent_pool_id: pool.id } }),
      await call(target, "/api/v1/client/candidates/manual-add/", { ...globex, json: { email: "a@example.test", first_name: "A", last_name: "B", job_post: post.hash } }),
      await call(target, `/api/v1/client/job-posts/${post.hash}/apply/`, { ...globex, json: { email: "a@example.test", first_name: "A", last_name: "B", answers: [] } }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const after = (await call(target, "/api/v1/client/talent-pools/")).body.find((p: { id: number }) => p.id === pool.id);
    expect(after.name).toBe(pool.name);
    expect((await call(target, `/api/v1/client/candidates/${candidate.id}/`)).body.tags).toEqual(candidate.tags);
  });
});
