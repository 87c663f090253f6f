import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { PDF_BYTES } from "../tests/support/files/documents";
import { candidatesWithEmail, dropFile, sandboxApi, talentPools, uniqueEmail } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * The main pages and the add flow against a sandbox that drifts (sandbox/drift): every inferred field
 * changes kind, is renamed, dropped or nulled, and unknown fields appear, deterministically from a
 * seed, while documented fields stay. No page may show an error; documented fields must show; the
 * add creates exactly one record. Three seeds, one server: the seed is switched at runtime.
 */
const SEEDS = ["1", "2", "3"];
const BROKEN = /could not be shown|Something went wrong|answered in a shape/;

let workspace: SeededWorkspace;
let pool: { id: number; name: string };
let postHash: string;

test.beforeAll(async () => {
  workspace = seedWorkspace();
  pool = (await talentPools())[0]!;
  // Read before any drift, straight from the sandbox: a published post that takes new candidates.
  postHash = (await sandboxApi<{ results: { hash: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=1")).results[0]!.hash;
});

test.afterEach(async () => {
  await sandboxApi("POST", "/__sandbox/drift", { seed: null });
});

async function expectNoBrokenPage(page: import("@playwright/test").Page) {
  await expect(page.locator("main")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(BROKEN);
}

for (const seed of SEEDS) {
  test(`drift seed ${seed}: the main pages show, with their documented fields`, async ({ page }) => {
    test.setTimeout(120_000);
    await sandboxApi("POST", "/__sandbox/drift", { seed });
    await signIn(page, workspace.member);

    await page.goto("/job-posts");
    await expectNoBrokenPage(page);
    const firstPost = page.locator('main a[href^="/job-posts/"]').first();
    await expect(firstPost).toBeVisible();
    const href = (await firstPost.getAttribute("href"))!;

    await page.goto(href);
    await expectNoBrokenPage(page);
    await expect(page.getByRole("heading", { name: "Application questions" })).toBeVisible();

    await page.goto(`${href}/apply`);
    await expectNoBrokenPage(page);
    await expect(page.getByRole("form", { name: /^Apply to/ })).toBeVisible();

    await page.goto("/talent-pools");
    await expectNoBrokenPage(page);
    await expect(page.getByRole("link", { name: pool.name, exact: true })).toBeVisible();

    await page.goto(`/talent-pools/${pool.id}`);
    await expectNoBrokenPage(page);
    await expect(page.getByRole("heading", { name: pool.name })).toBeVisible();
    const firstCandidate = page.getByRole("table").locator('a[href^="/candidates/"]').first();
    await expect(firstCandidate).toBeVisible();
    await firstCandidate.click();
    await expect(page).toHaveURL(/\/candidates\/\d+(\?from=[^&]+)?$/);
    await expectNoBrokenPage(page);
    const email = page.locator('main a[href^="mailto:"]').first();
    await expect(email).toContainText("@");

    await page.goto(`/search?email=${encodeURIComponent("@")}`);
    await expectNoBrokenPage(page);

    for (const path of ["/offices", "/users"]) {
      await page.goto(path);
      await expectNoBrokenPage(page);
      await expect(page.getByRole("table")).toBeVisible();
    }
  });

  for (const target of ["pool", "post"] as const) {
    test(`drift seed ${seed}: adding a candidate to a ${target} creates exactly one and says it worked`, async ({ page }) => {
      await sandboxApi("POST", "/__sandbox/drift", { seed });
      await signIn(page, workspace.member);
      const email = uniqueEmail(`drift${seed}${target}`);
      await page.goto(target === "pool" ? `/candidates/new?pool=${pool.id}` : `/candidates/new?jobPost=${postHash}`);
      await dropFile(page, '[data-testid="cv-dropzone"]', { name: "cv.pdf", type: "application/pdf", bytes: PDF_BYTES });
      await expect(page.getByTestId("cv-uploaded")).toContainText("cv.pdf");
      const form = page.getByRole("form", { name: "Add a candidate" });
      await expect(form.getByRole("combobox", { name: /^Add to/ })).toHaveValue(target === "pool" ? `talent_pool:${pool.id}` : `job_post:${postHash}`);
      await form.getByLabel("First name").fill("Drift");
      await form.getByLabel("Last name").fill(`Seed ${seed}`);
      await form.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Add candidate" }).click();
      await expect(page.getByTestId("add-success")).toBeVisible();
      const records = await candidatesWithEmail(email);
      expect(records).toHaveLength(1);
      if (target === "post") expect(records[0]!.job_post).toBe(postHash);
      else expect(records[0]!.talent_pool_ids).toContain(pool.id);
    });
  }
}
