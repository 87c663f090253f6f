import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { e2eEnv } from "../tests/support/built-app/env";
import { sandboxApi } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * The HTTP status a browser, a crawler and a monitoring probe get, read at request level from the
 * built app: an unknown record is a real 404 (not a 200 with a "not found" page streamed in), a member
 * sent away from an admin page gets a 307 to /forbidden (not a 200 with a meta refresh).
 */
const env = e2eEnv();

type Known = { poolId: number; candidateId: number; hash: string };

async function knownRecords(): Promise<Known> {
  const pools = await sandboxApi<{ id: number; candidate_count: number }[]>("GET", "/api/v1/client/talent-pools/");
  const pool = pools.find((p) => p.candidate_count > 0)!;
  const page = await sandboxApi<{ results: { id: number }[] }>("GET", `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`);
  const posts = await sandboxApi<{ results: { hash: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=1");
  return { poolId: pool.id, candidateId: page.results[0]!.id, hash: posts.results[0]!.hash };
}

test.describe("HTTP statuses @desktop-only", () => {
  let workspace: SeededWorkspace;
  let known: Known;

  test.beforeAll(async () => {
    workspace = seedWorkspace();
    known = await knownRecords();
  });

  test("the forbidden page opened by hand: an admin goes home instead of being told they need to be one", async ({ page }) => {
    await signIn(page, workspace.admin);
    for (const path of ["/forbidden?reason=stepped_down", "/forbidden?role=admin", "/forbidden?reason=no_tenant"]) {
      await page.goto(path);
      await expect(page, path).not.toHaveURL(/\/forbidden/);
      await expect(page.getByRole("heading", { level: 1 }), path).not.toHaveText(/You are now a member|You need to be an admin|not in any workspace/);
    }
  });

  test("the forbidden page opened by hand: a member is not told they are in no workspace, and is told they need to be an admin", async ({ page }) => {
    await signIn(page, workspace.member);
    await page.goto("/forbidden?reason=no_tenant");
    await expect(page).not.toHaveURL(/\/forbidden/);
    await page.goto("/forbidden?role=admin");
    await expect(page.getByRole("heading", { level: 1, name: "You need to be an admin" })).toBeVisible();
  });

  test("unknown candidates, pools and job posts answer 404 inside the shell; known ones 200", async ({ page }) => {
    await signIn(page, workspace.member);
    const missing = [
      { path: "/candidates/999999999", says: "Candidate not found" },
      { path: "/talent-pools/999999999", says: "Talent pool not found" },
      { path: "/job-posts/no-such-post", says: "Job post not found" },
      { path: "/job-posts/no-such-post/apply", says: "Job post not found" },
    ];
    for (const { path, says } of missing) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect.soft(response.status(), path).toBe(404);
      const html = await response.text();
      expect.soft(html, `${path} says what is missing`).toContain(says);
      expect.soft(html, `${path} has no client-side refresh`).not.toContain('http-equiv="refresh"');
    }
    for (const path of [`/candidates/${known.candidateId}`, `/talent-pools/${known.poolId}`, `/job-posts/${known.hash}`, `/job-posts/${known.hash}/apply`, "/job-posts", "/talent-pools"]) {
      expect.soft((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    }
    // The browser shows the same page, in the shell.
    await page.goto("/candidates/999999999");
    await expect(page.getByRole("alert").filter({ hasText: "Candidate not found" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Search candidates by name, tag or email" })).toBeVisible();
  });

  test("a candidate opened from a pool leads back to it; a from that is not an in-app list gives no link", async ({ page }) => {
    await signIn(page, workspace.member);
    await page.goto(`/talent-pools/${known.poolId}`);
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/candidates\/\d+\?from=/);
    const back = page.getByRole("link", { name: "Back to the talent pool" });
    await expect(back).toHaveAttribute("href", `/talent-pools/${known.poolId}`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/talent-pools/${known.poolId}$`));

    for (const from of ["https://evil.example/talent-pools/1", "//evil.example/talent-pools/1", "javascript:alert(1)", "/settings/keys"]) {
      const html = await (await page.request.get(`/candidates/${known.candidateId}?from=${encodeURIComponent(from)}`)).text();
      expect.soft(html, from).not.toContain("Back to the");
      expect.soft(html, from).not.toContain('href="https://evil.example');
      expect.soft(html, from).not.toContain('href="//evil.example');
    }
  });

  test("a candidate opened from a search leads back to it", async ({ page }) => {
    await signIn(page, workspace.member);
    // Opening the pool puts its first page of people into the workspace index, where a name search finds them.
    await page.goto(`/talent-pools/${known.poolId}`);
    await expect(page.getByRole("table")).toBeVisible();
    const [person] = (await sandboxApi<{ results: { id: number; last_name: string }[] }>("GET", `/api/v1/client/talent-pools/${known.poolId}/candidates/?page_size=1`)).results;
    await page.goto(`/search?q=${encodeURIComponent(person!.last_name)}`);
    await page.locator(`a[data-testid="search-hit"][href^="/candidates/${person!.id}?"]`).click();
    await expect(page).toHaveURL(new RegExp(`/candidates/${person!.id}\\?from=`));
    const back = page.getByRole("link", { name: "Back to the search" });
    await expect(back).toHaveAttribute("href", `/search?q=${encodeURIComponent(person!.last_name).replace(/%20/g, "+")}`);
    await back.click();
    await expect(page.getByRole("heading", { level: 1, name: "Search candidates" })).toBeVisible();
  });

  test("a member sent away from an admin page gets a 307 to /forbidden; a stranger a 307 to sign-in", async ({ page, playwright }) => {
    await signIn(page, workspace.member);
    for (const path of ["/settings/keys", "/settings/team", "/settings/audit"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect.soft(response.status(), path).toBe(307);
      expect.soft(response.headers()["location"], path).toBe("/forbidden?role=admin");
    }
    expect((await page.request.get("/settings/password", { maxRedirects: 0 })).status()).toBe(200);

    const stranger = await playwright.request.newContext({ baseURL: env.baseURL });
    const response = await stranger.get("/settings/keys", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/sign-in?next=%2Fsettings%2Fkeys");
    await stranger.dispose();
  });
});
