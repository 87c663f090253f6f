import type { Page } from "@playwright/test";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { test, expect } from "./support/fixtures";
import { clearFaults, sandboxFault } from "./support/candidates";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";

// What one view of a candidate costs the key's budget, counted at the sandbox: the page, its CV and its
// photo share one Get Candidate (lib/list-cache/candidate-answer.ts); a file link the storage refuses as
// expired is asked for once more, and the CV still shows.
const env = e2eEnv();
const api = async <T>(path: string): Promise<T> => (await fetch(`${env.sandboxURL}${path}`, { headers: { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` } })).json() as Promise<T>;

type Detail = { id: number; cv: { name: string } | null; photo: unknown };

/** Candidates with a PDF CV and a photo, from the last pools (other specs browse the first ones), newest last. */
async function candidatesWithPdfAndPhoto(): Promise<number[]> {
  const pools = await api<{ id: number; candidate_count: number }[]>("/api/v1/client/talent-pools/");
  const found: number[] = [];
  for (const pool of pools.filter((p) => p.candidate_count > 0).reverse()) {
    const page = await api<{ results: { id: number }[] }>(`/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=50`);
    for (const { id } of page.results.reverse()) {
      const detail = await api<Detail>(`/api/v1/client/candidates/${id}/`);
      if (detail.photo && detail.cv?.name.toLowerCase().endsWith(".pdf")) found.push(id);
      if (found.length >= 4) return found;
    }
  }
  return found;
}

async function getCandidateCalls(id: number): Promise<number> {
  const counts = (await (await fetch(`${env.sandboxURL}/__sandbox/requests`)).json()) as { byRoute: Record<string, number> };
  return counts.byRoute[`GET /api/v1/client/candidates/${id}/`] ?? 0;
}

/** Opens the candidate page and waits until its photo and its CV (the preview, or on a phone the Open link's file) have arrived. */
async function viewWithFiles(page: Page, id: number): Promise<void> {
  const photo = page.waitForResponse((r) => r.url().endsWith(`/api/candidates/${id}/photo`));
  // Listened for before the page opens: the lazy preview may load as soon as the page renders.
  const preview = test.info().project.name === "phone" ? null : page.waitForResponse((r) => r.url().endsWith(`/api/candidates/${id}/cv`));
  await page.goto(`/candidates/${id}`);
  await expect(page.getByRole("heading", { level: 2, name: "CV", exact: true })).toBeVisible();
  expect((await photo).status()).toBe(200);
  if (test.info().project.name === "phone") {
    const cv = await page.request.get(`/api/candidates/${id}/cv`);
    expect(cv.status()).toBe(200);
    expect((await cv.body()).subarray(0, 5).toString()).toBe("%PDF-");
    return;
  }
  await page.locator('iframe[title^="CV preview"]').scrollIntoViewIfNeeded();
  const answer = (await preview)!;
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/pdf");
}

let ids: number[] = [];
test.beforeAll(async () => {
  ids = await candidatesWithPdfAndPhoto();
});

test.afterEach(async () => {
  await clearFaults();
});

// Each project views candidates of its own, so one project's cached answer never serves the other's view.
const pick = (offset: number) => ids[(test.info().project.name === "phone" ? 2 : 0) + offset]!;

test("a candidate page with its CV and photo costs one call of the key's budget", async ({ page }) => {
  expect(ids.length, "candidates with a PDF CV and a photo").toBeGreaterThanOrEqual(4);
  const id = pick(0);
  await signIn(page, seedWorkspace().member);
  const before = await getCandidateCalls(id);
  await viewWithFiles(page, id);
  expect(await getCandidateCalls(id)).toBe(before + 1);
});

test("an expired file link is asked for once more, and the CV still shows", async ({ page }) => {
  const id = pick(1);
  await signIn(page, seedWorkspace().member);
  const before = await getCandidateCalls(id);
  // The storage refuses the next file fetch as expired, whichever of the two files the browser asks for first.
  await sandboxFault({ method: "GET", path: "/files/*", kind: "status", status: 403, body: JSON.stringify({ detail: "Request has expired." }) });
  await viewWithFiles(page, id);
  expect(await getCandidateCalls(id)).toBe(before + 2);
});
