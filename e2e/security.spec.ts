import type { APIResponse, Page } from "@playwright/test";
import { SANDBOX_KEYS } from "../sandbox/seed-data";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { PDF_BYTES } from "../tests/support/files/documents";
import { sandboxApi } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * The second security pass on the built app: the response headers of every page, the upload routes'
 * same-origin check, and a stale tab that still shows another workspace.
 */
const env = e2eEnv();

type Ids = { poolId: number; candidateId: number; photoCandidateId: number; jobPostHash: string };

async function sandboxIds(): Promise<Ids> {
  const pools = await sandboxApi<{ id: number; candidate_count: number }[]>("GET", "/api/v1/client/talent-pools/");
  const withCandidates = pools.filter((pool) => pool.candidate_count > 0);
  let photoCandidateId = 0;
  let candidateId = 0;
  for (const pool of withCandidates) {
    const page = await sandboxApi<{ results: { id: number; photo: string | null }[] }>("GET", `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=100`);
    candidateId ||= page.results[0]?.id ?? 0;
    photoCandidateId = page.results.find((candidate) => candidate.photo)?.id ?? 0;
    if (photoCandidateId) break;
  }
  const posts = await sandboxApi<{ results: { hash: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=1");
  return { poolId: withCandidates[0]!.id, candidateId, photoCandidateId, jobPostHash: posts.results[0]!.hash };
}

function expectIsolationHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect.soft(headers["cross-origin-opener-policy"], `${what}: COOP`).toBe("same-origin");
  expect.soft(headers["cross-origin-resource-policy"], `${what}: CORP`).toBe("same-origin");
  expect.soft(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  // Served over plain http here: no Strict-Transport-Security.
  expect.soft(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
}

test.describe("security headers @desktop-only", () => {
  let workspace: SeededWorkspace;
  let ids: Ids;

  test.beforeAll(async () => {
    workspace = seedWorkspace();
    ids = await sandboxIds();
  });

  test("every page and route answers with COOP, CORP and nosniff, and HSTS only over https", async ({ page, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: env.baseURL });
    for (const path of ["/sign-in", "/sign-up", "/invite/not-a-token", "/forbidden", "/api/health", "/job-posts"]) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expectIsolationHeaders(response, `signed out ${path}`);
    }
    // Behind a proxy that ends TLS (X-Forwarded-Proto: https) the same answers carry HSTS.
    for (const path of ["/sign-in", "/api/health", "/job-posts"]) {
      const response = await anonymous.get(path, { headers: { "X-Forwarded-Proto": "https" }, maxRedirects: 0 });
      expect.soft(response.headers()["strict-transport-security"], `https ${path}`).toBe("max-age=31536000; includeSubDomains");
    }
    await anonymous.dispose();

    await signIn(page, workspace.admin);
    const pages = [
      "/job-posts",
      `/job-posts/${ids.jobPostHash}`,
      `/job-posts/${ids.jobPostHash}/apply`,
      "/talent-pools",
      `/talent-pools/${ids.poolId}`,
      `/candidates/${ids.candidateId}`,
      "/candidates/new",
      "/search?email=nobody%40example.com",
      "/offices",
      "/users",
      "/quick-add",
      "/settings/keys",
      "/settings/team",
      "/settings/audit",
    ];
    for (const path of pages) {
      const response = await page.request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectIsolationHeaders(response, path);
      expect.soft(response.headers()["content-security-policy"], `${path}: CSP`).toContain("frame-ancestors 'none'");
    }
    for (const path of [`/api/candidates/${ids.candidateId}/cv`, `/api/candidates/${ids.photoCandidateId}/photo`]) {
      const response = await page.request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectIsolationHeaders(response, path);
    }
    const upload = await page.request.post("/api/uploads/cv", { data: Buffer.from(PDF_BYTES), headers: { "Content-Type": "application/pdf", "X-Tenant": workspace.tenantId } });
    expectIsolationHeaders(upload, "POST /api/uploads/cv");
  });

  test("under those headers the photo still shows and the CV preview still loads", async ({ page }) => {
    await signIn(page, workspace.member);
    await page.goto(`/candidates/${ids.photoCandidateId}`);
    const photo = page.locator(`img[src="/api/candidates/${ids.photoCandidateId}/photo"]`);
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // A candidate with a PDF CV: its preview frame loads our CV route (a refused frame shows Chromium's error page).
    const pdfCandidate = await findPdfCandidate(page);
    const preview = page.locator('iframe[title^="CV preview"]');
    await preview.scrollIntoViewIfNeeded();
    await expect.poll(() => page.frames().some((frame) => frame.url().endsWith(`/api/candidates/${pdfCandidate}/cv`))).toBe(true);
    const frame = page.frames().find((f) => f.url().endsWith(`/api/candidates/${pdfCandidate}/cv`))!;
    await expect.poll(async () => (await frame.evaluate(() => document.contentType).catch(() => "pending"))).toBe("application/pdf");
  });
});

async function findPdfCandidate(page: Page): Promise<number> {
  const pools = await sandboxApi<{ id: number; candidate_count: number }[]>("GET", "/api/v1/client/talent-pools/");
  for (const pool of pools.filter((p) => p.candidate_count > 0)) {
    const list = await sandboxApi<{ results: { id: number }[] }>("GET", `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=20`);
    for (const { id } of list.results) {
      const detail = await sandboxApi<{ cv: { name: string } | null }>("GET", `/api/v1/client/candidates/${id}/`);
      if (!detail.cv?.name.toLowerCase().endsWith(".pdf")) continue;
      await page.goto(`/candidates/${id}`);
      return id;
    }
  }
  throw new Error("no candidate with a PDF CV");
}

test.describe("the upload routes take requests from the app's own pages only @desktop-only", () => {
  let workspace: SeededWorkspace;
  let jobPostHash: string;

  test.beforeAll(async () => {
    workspace = seedWorkspace();
    jobPostHash = (await sandboxIds()).jobPostHash;
  });

  test("a foreign Origin on each upload route is refused with 403 and nothing reaches Recruspace", async ({ page }) => {
    await signIn(page, workspace.member);
    const routes = ["/api/uploads/cv?name=cv.pdf", "/api/uploads/candidate?name=cv.pdf", `/api/uploads/application?hash=${jobPostHash}`];
    const candidate = encodeURIComponent(JSON.stringify({ firstName: "Eve", lastName: "Origin", email: "eve@example.com", phone: "+15550100", destination: "", knownMatchIds: [] }));
    await fetch(`${env.sandboxURL}/__sandbox/requests/reset`, { method: "POST" });
    for (const route of routes) {
      for (const origin of ["https://evil.example", `http://evil.localhost:${env.port}`, "null"]) {
        const response = await page.request.post(route, {
          data: Buffer.from(PDF_BYTES),
          headers: { Origin: origin, "Content-Type": "application/pdf", "X-Tenant": workspace.tenantId, "X-Candidate": candidate },
        });
        expect({ route, origin, status: response.status(), code: ((await response.json()) as { code?: string }).code }).toEqual({ route, origin, status: 403, code: "forbidden" });
      }
    }
    // Every upload would be a POST upstream; the signed-in page itself may still read lists meanwhile.
    const counted = (await (await fetch(`${env.sandboxURL}/__sandbox/requests`)).json()) as { byRoute: Record<string, number> };
    expect(Object.keys(counted.byRoute).filter((route) => !route.startsWith("GET "))).toEqual([]);

    // The app's own origin still passes the check (the CV route then stores the file).
    const own = await page.request.post(routes[0]!, {
      data: Buffer.from(PDF_BYTES),
      headers: { Origin: env.baseURL, "Content-Type": "application/pdf", "X-Tenant": workspace.tenantId },
    });
    expect(own.status()).toBe(201);
  });
});

test.describe("a stale tab @desktop-only", () => {
  let a: SeededWorkspace;
  let b: SeededWorkspace;

  test.beforeAll(() => {
    // One person, member of two workspaces: A on the sandbox's Acme company, B on Globex.
    a = seedWorkspace();
    b = seedWorkspace({ apiKey: SANDBOX_KEYS.globex, member: a.member });
  });

  async function poolsOf(key: string): Promise<string[]> {
    const response = await fetch(`${env.sandboxURL}/api/v1/client/talent-pools/`, { headers: { Authorization: `Bearer ${key}` } });
    return ((await response.json()) as { id: number; name: string }[]).map((pool) => `${pool.id}:${pool.name}`).sort();
  }

  test("after a workspace switch in another tab, renaming a pool in the old tab is refused, says to reload, and changes nothing", async ({ page }) => {
    await signIn(page, a.member);
    // Tab 1: a pool of workspace A.
    await page.goto("/talent-pools");
    await expect(page.getByRole("button", { name: `Workspace: ${a.tenantName}. Switch workspace` })).toBeVisible();
    const poolLink = page.locator("table tbody tr td:first-child a").first();
    const poolName = (await poolLink.textContent())!.trim();
    await poolLink.click();
    await expect(page).toHaveURL(/\/talent-pools\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: poolName })).toBeVisible();

    // Tab 2 (same browser, same session): switch to workspace B.
    const tab2 = await page.context().newPage();
    await tab2.goto("/talent-pools");
    await tab2.getByRole("button", { name: /Switch workspace/ }).click();
    await tab2.getByRole("menuitem", { name: new RegExp(b.tenantName) }).click();
    await expect(tab2.getByText(`Switched to ${b.tenantName}.`)).toBeVisible();

    const before = { acme: await poolsOf(SANDBOX_KEYS.acme), globex: await poolsOf(SANDBOX_KEYS.globex) };
    const reload = `This page shows the workspace “${a.tenantName}”, but you have switched to “${b.tenantName}” since (in another tab or window). Nothing was changed. Reload the page to continue in “${b.tenantName}”.`;

    // Back in tab 1, which still shows A's pool: rename…
    await page.bringToFront();
    await page.getByRole("button", { name: `Rename ${poolName}` }).click();
    const renameDialog = page.getByRole("dialog");
    await renameDialog.getByLabel("Pool name").fill(`${poolName} (stale tab)`);
    await renameDialog.getByRole("button", { name: "Save name" }).click();
    await expect(renameDialog.getByText(reload)).toBeVisible();
    await page.keyboard.press("Escape");

    // Deleting a pool is for admins (docs/workspace.md): a member's tab offers no Delete; a stale delete
    // by an admin is refused like every page-bound write (e2e/isolation.spec.ts, "naming tenant A's workspace").
    await expect(page.getByRole("button", { name: `Delete ${poolName}` })).toHaveCount(0);

    expect({ acme: await poolsOf(SANDBOX_KEYS.acme), globex: await poolsOf(SANDBOX_KEYS.globex) }).toEqual(before);

    // A reload shows the active workspace (B), where the switch went.
    await page.reload();
    await expect(page.getByRole("button", { name: `Workspace: ${b.tenantName}. Switch workspace` })).toBeVisible();
    await tab2.close();
  });
});
