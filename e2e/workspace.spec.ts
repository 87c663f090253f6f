import { test, expect } from "./support/fixtures";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import type { Locator, Page } from "@playwright/test";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { e2eEnv } from "../tests/support/built-app/env";

// The hiring team's workspace against the seeded sandbox company "Acme Robotics" (34 job posts,
// 7 talent pools, 240 candidates). One fresh tenant per project run; tests run in order.
let ws: SeededWorkspace;

test.beforeAll(() => {
  ws = seedWorkspace();
});

test.beforeEach(async ({ page }) => {
  await signIn(page, ws.member);
});

const rows = (page: Page) => page.locator("table tbody tr");

async function exactMatches(email: string): Promise<number> {
  const url = `${e2eEnv().sandboxURL}/api/v1/client/candidates/search-by-email/?email=${encodeURIComponent(email)}`;
  const hits = (await (await fetch(url, { headers: { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` } })).json()) as { email: string }[];
  return hits.filter((hit) => hit.email.toLowerCase() === email.toLowerCase()).length;
}

test("browse job posts with paging, page size and the status filter", async ({ page }) => {
  await page.goto("/job-posts");
  await expect(page.getByRole("heading", { level: 1, name: "Job posts" })).toBeVisible();
  await expect(rows(page)).toHaveCount(20);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText("1–20 of 34 job posts");
  await expectNoSeriousA11yViolations(page, "job posts");
  const firstTitleOnPage1 = await rows(page).first().getByRole("link").first().textContent();

  await pagination.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(rows(page)).toHaveCount(14);
  await expect(pagination).toContainText("21–34 of 34");

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(rows(page).first().getByRole("link").first()).toHaveText(firstTitleOnPage1 ?? "");

  await page.getByLabel("Rows per page").selectOption("10");
  await expect(page).toHaveURL(/pageSize=10/);
  await expect(rows(page)).toHaveCount(10);

  await page.getByLabel("Status").selectOption("published");
  await expect(page).toHaveURL(/status=published/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  const statuses = rows(page).locator("td:nth-child(2)");
  await expect(statuses.first()).toHaveText("Published");
  for (const text of await statuses.allTextContents()) expect(text).toBe("Published");

  // A link with the filter and page in it reproduces the same view.
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("published");

  // Title search (case-insensitive substring) combines with the status filter.
  await page.getByLabel("Search titles").fill("ENGINEER");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/search=ENGINEER/);
  await expect(page).toHaveURL(/status=published/);
  const titles = rows(page).locator("td:first-child");
  await expect(titles.first()).toContainText(/engineer/i);
  for (const text of await titles.allTextContents()) expect(text.toLowerCase()).toContain("engineer");
});

test("job post detail shows its fields, questions and the two actions", async ({ page }) => {
  await page.goto("/job-posts");
  const firstLink = rows(page).first().getByRole("link").first();
  const title = (await firstLink.textContent())?.trim() ?? "";
  await firstLink.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Application questions" })).toBeVisible();
  const hash = new URL(page.url()).pathname.split("/").pop();
  await expect(page.getByRole("main").getByRole("link", { name: "Add candidate" })).toHaveAttribute("href", `/candidates/new?jobPost=${hash}`);
  await expect(page.getByRole("link", { name: "Apply a candidate" })).toHaveAttribute("href", `/job-posts/${hash}/apply`);
  await expectNoSeriousA11yViolations(page, "job post detail");
});

test("create, rename and delete a talent pool", async ({ page }, testInfo) => {
  const name = `E2E pool ${testInfo.project.name} ${Date.now()}`;
  // Deleting a pool is for admins (docs/workspace.md): this one signs in as the workspace's admin.
  await page.context().clearCookies();
  await signIn(page, ws.admin);
  await page.goto("/talent-pools");
  await expect(page.getByRole("heading", { level: 1, name: "Talent pools" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "talent pools");

  await page.getByRole("button", { name: "New pool" }).first().click();
  const createDialog = page.getByRole("dialog", { name: "New talent pool" });
  await createDialog.getByLabel("Pool name").fill(name);
  await createDialog.getByRole("button", { name: "Create pool" }).click();
  await expect(createDialog).toBeHidden();

  await page.getByLabel("Filter pools").fill(name);
  const row = rows(page).filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row.locator("td").nth(1)).toHaveText("0");

  await row.getByRole("button", { name: `Rename ${name}` }).click();
  const renamed = `${name} renamed`;
  const renameDialog = page.getByRole("dialog");
  await renameDialog.getByLabel("Pool name").fill(renamed);
  await renameDialog.getByRole("button", { name: "Save name" }).click();
  await expect(renameDialog).toBeHidden();
  await page.getByLabel("Filter pools").fill(renamed);
  const renamedRow = rows(page).filter({ hasText: renamed });
  await expect(renamedRow).toHaveCount(1);

  // The cached list was invalidated: a fresh load shows the new name too.
  await page.reload();
  await page.getByLabel("Filter pools").fill(renamed);
  await expect(rows(page).filter({ hasText: renamed })).toHaveCount(1);

  await rows(page).filter({ hasText: renamed }).getByRole("button", { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(renamed);
  await expect(confirm).toContainText("0 candidates");
  await confirm.getByRole("button", { name: "Delete pool" }).click();
  await expect(confirm).toBeHidden();
  await page.reload();
  await page.getByLabel("Filter pools").fill(renamed);
  await expect(rows(page).filter({ hasText: renamed })).toHaveCount(0);
});

test("open a candidate from a pool, see every section, add a note and a tag that survive a reload", async ({ page }, testInfo) => {
  await page.goto("/talent-pools");
  // The first pool (by name) that has candidates.
  const poolRow = rows(page).filter({ has: page.locator("td:nth-child(2)", { hasNotText: /^0$/ }) }).first();
  await poolRow.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/talent-pools\/\d+$/);
  await expect(page.getByRole("main").getByRole("link", { name: "Add candidate" })).toHaveAttribute("href", /\/candidates\/new\?pool=\d+/);
  await expect(rows(page).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "talent pool");

  await rows(page).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/candidates\/\d+(\?from=[^&]+)?$/);
  for (const section of ["Contact", "CV", "Work experience", "Education", "Notes", "Tags", "Profile", "Links", "Job post and pools", "Record"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Notes from this workspace.", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "candidate");

  const stamp = `${testInfo.project.name}-${Date.now()}`;
  const noteText = `Strong systems thinking (${stamp})`;
  await page.getByLabel("New note").fill(noteText);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Notes from this workspace" })).toContainText(noteText);

  const tag = `e2e-${stamp}`;
  await page.getByLabel("New tag").fill(tag);
  await page.getByRole("button", { name: "Add tag" }).click();
  const tags = page.getByRole("list", { name: "Tags" });
  await expect(tags).toContainText(tag);
  await expect(tags.getByText(tag)).not.toHaveAttribute("aria-busy", "true");

  // Adding the same tag again is fine for the user (Recruspace answers 409).
  await page.getByLabel("New tag").fill(tag.toUpperCase());
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(`already has the tag`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("list", { name: "Notes from this workspace" })).toContainText(noteText);
  await expect(page.getByRole("list", { name: "Tags" })).toContainText(tag);
  await expect(page.getByRole("list", { name: "Tags" }).getByText(tag, { exact: false })).toHaveCount(1);
});

test("the CV streams through the app with the right headers", async ({ page }) => {
  // Find a candidate with a PDF CV through the first pools.
  await page.goto("/talent-pools");
  const poolLinks = await rows(page).locator("td:first-child a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let checked = false;
  for (const poolHref of poolLinks) {
    await page.goto(poolHref);
    const candidateHrefs = await rows(page).locator(`td a[href^="/candidates/"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const href of candidateHrefs.slice(0, 6)) {
      await page.goto(href);
      await expect(page.getByRole("heading", { level: 2, name: "CV", exact: true })).toBeVisible();
      // The pool's links carry ?from= (the way back); the id is the path's last part.
      const id = new URL(href, "http://app.invalid").pathname.split("/").pop();
      // A PDF CV has an "Open" link (Word files only a download).
      if ((await page.locator(`a[target="_blank"][href="/api/candidates/${id}/cv"]`).count()) === 0) continue;
      const preview = page.locator('iframe[title^="CV preview"]');
      if (test.info().project.name === "phone") {
        // No hidden preview on a phone: it would download the whole CV on every view.
        await page.waitForLoadState("networkidle");
        await expect(preview).toHaveCount(0);
        expect(page.frames().some((f) => f.url().endsWith(`/api/candidates/${id}/cv`))).toBe(false);
      } else {
        // The preview loads lazily and really loads (a refused frame would show Chromium's error page instead).
        await preview.scrollIntoViewIfNeeded();
        await expect.poll(() => page.frames().some((f) => f.url().endsWith(`/api/candidates/${id}/cv`))).toBe(true);
      }
      const inline = await page.request.get(`/api/candidates/${id}/cv`);
      expect(inline.status()).toBe(200);
      expect(inline.headers()["content-type"]).toBe("application/pdf");
      expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
      expect((await inline.body()).subarray(0, 5).toString()).toBe("%PDF-");
      // The preview iframe is same-origin: the file must be frameable by us and nobody else.
      expect(inline.headers()["x-frame-options"]).toBe("SAMEORIGIN");
      expect(inline.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      expect(inline.headers()["content-security-policy"]).not.toContain("frame-ancestors 'none'");
      const download = await page.request.get(`/api/candidates/${id}/cv?download=1`);
      expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
      expect(await download.text()).not.toContain("rsk_");
      checked = true;
      break;
    }
    if (checked) break;
  }
  expect(checked, "found a candidate with a PDF CV").toBe(true);

  // Signed out, the route refuses.
  const anonymous = await page.context().browser()!.newContext();
  const refused = await anonymous.request.get(`${new URL(page.url()).origin}/api/candidates/1/cv`);
  expect(refused.status()).toBe(401);
  await anonymous.close();
});

test("search by email from the header: hit, partial matches and miss", async ({ page }) => {
  await page.goto("/talent-pools");
  const poolRow = rows(page).filter({ has: page.locator("td:nth-child(2)", { hasNotText: /^0$/ }) }).first();
  await poolRow.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/talent-pools\/\d+$/);
  // Other specs add the same person to several pools; an exact match must be unique to open directly.
  const poolUrl = page.url();
  let candidateUrl = "";
  let email = "";
  for (let i = 0; i < 10 && !candidateUrl; i++) {
    await page.goto(poolUrl);
    await rows(page).nth(i).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/candidates\/(\d+)(\?from=[^&]+)?$/);
    email = (await page.locator('a[href^="mailto:"]').first().textContent())!.trim();
    // The exact-email search opens the candidate's own page, without the pool it was reached from here.
    if ((await exactMatches(email)) === 1) candidateUrl = page.url().split("?")[0]!;
  }
  expect(candidateUrl, "a candidate with a unique email in the first pool").not.toBe("");

  // "/" focuses the search box (from another page, so the jump to the candidate is observable).
  await page.goto("/offices");
  await page.getByRole("heading", { level: 1, name: "Offices" }).click();
  const box = page.getByRole("combobox", { name: "Search candidates by name, tag or email" });
  // The shortcut is a listener React adds on hydration; a press before that does nothing, so press
  // again until the page is live (each try still has to be "/" focusing the box).
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await box.fill(email.toUpperCase());
  await box.press("Enter");
  await expect(page).toHaveURL(candidateUrl);

  const domain = email.split("@")[1]!;
  await box.fill(`@${domain}`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { name: /candidates? match/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "search results");

  const missing = `nobody-${Date.now()}@nowhere.example`;
  await box.fill(missing);
  await box.press("Enter");
  await expect(page.getByText("No candidate with that email")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a candidate with this email" })).toHaveAttribute(
    "href",
    `/candidates/new?email=${encodeURIComponent(missing)}`,
  );
  await expectNoSeriousA11yViolations(page, "search miss");
});

test("offices and users pages list the company's records", async ({ page }) => {
  await page.goto("/offices");
  await expect(page.getByRole("heading", { level: 1, name: "Offices" })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, "offices");

  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(rows(page)).toHaveCount(8);
  await expectNoSeriousA11yViolations(page, "users");
});

test("the shell: navigation, theme toggle and member-only nav", async ({ page, isMobile }, testInfo) => {
  await page.goto("/job-posts");
  const phone = isMobile || testInfo.project.name === "phone";
  if (phone) {
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByRole("link", { name: "Talent pools" }).click();
    await expect(drawer).toBeHidden();
  } else {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Talent pools" }).click();
  }
  await expect(page).toHaveURL(/\/talent-pools$/);
  if (!phone) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Talent pools" })).toHaveAttribute("aria-current", "page");
    // Members do not see the admin section.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
  }

  const html = page.locator("html");
  const wasDark = ((await html.getAttribute("class")) ?? "").includes("dark");
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
  await expectNoSeriousA11yViolations(page, `talent pools in ${wasDark ? "light" : "dark"} theme`);
});

/**
 * Focuses `trigger`, opens its popup with `key`, waits for `inside` to show, closes it with Escape, and
 * checks that focus went back to the (now loaded) trigger.
 */
async function openWithKeyboardAndEscape(page: Page, trigger: Locator, key: string, popup: Locator, inside: Locator) {
  await trigger.focus();
  await page.keyboard.press(key);
  await expect(inside).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(popup).toBeHidden();
  await expect(trigger).toBeFocused();
}

test("the shell's menus load on first use and work from the keyboard", async ({ page, isMobile }, testInfo) => {
  await page.goto("/job-posts");
  const phone = isMobile || testInfo.project.name === "phone";
  // (No axe scan while a menu is open: Radix's modal menu aria-hides the page behind it, which axe
  // reports as aria-hidden-focus although those elements cannot take focus then.)
  const account = page.getByRole("button", { name: /^Account menu for/ });
  const menu = page.getByRole("menu");
  const signOut = menu.getByRole("menuitem", { name: "Sign out", exact: true });
  // First Enter loads the menu's code and opens it; once loaded, ArrowDown opens it like any Radix menu.
  await openWithKeyboardAndEscape(page, account, "Enter", menu, signOut);
  await openWithKeyboardAndEscape(page, account, "ArrowDown", menu, signOut);
  if (phone) {
    const drawer = page.getByRole("dialog");
    await openWithKeyboardAndEscape(page, page.getByRole("button", { name: "Open navigation" }), "Enter", drawer, drawer.getByRole("link", { name: "Talent pools" }));
  }
});
