import { test, expect } from "./support/fixtures";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { expectNoSeriousA11yViolations } from "./support/a11y";

// Upstream trouble is explained inside the shell, in plain words, with the next step for the reader.
const env = e2eEnv();

async function fault(body: Record<string, unknown>) {
  const res = await fetch(`${env.sandboxURL}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

async function clearFaults() {
  await fetch(`${env.sandboxURL}/__sandbox/faults`, { method: "DELETE" });
}

test.afterEach(clearFaults);

test("a workspace without a key: members are told to ask an admin, admins get the link", async ({ page }) => {
  const ws = seedWorkspace({ apiKey: null });
  await signIn(page, ws.member);
  await page.goto("/job-posts");
  await expect(page.getByText("No Recruspace API key yet")).toBeVisible();
  await expect(page.getByText("Only an admin of this workspace can change the key.")).toBeVisible();
  // Still inside the shell: the navigation is there.
  await expect(page.getByRole("combobox", { name: "Search candidates by name, tag or email" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "job posts without a key");

  await page.context().clearCookies();
  await signIn(page, ws.admin);
  await page.goto("/talent-pools");
  await expect(page.getByText("No Recruspace API key yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to Settings → API keys" })).toHaveAttribute("href", "/settings/keys");
});

test("a rejected key and a rate limit are explained, not crashed on", async ({ page }) => {
  const ws = seedWorkspace();
  await signIn(page, ws.member);

  await fault({ method: "GET", path: "/api/v1/client/companies/offices/", kind: "status", status: 401, count: 5 });
  await page.goto("/offices");
  await expect(page.getByText("Recruspace rejected this workspace's key")).toBeVisible();
  await expect(page.getByText(/ask an admin to update the Recruspace key/i)).toBeVisible();
  await clearFaults();

  await fault({ method: "GET", path: "/api/v1/client/companies/users/", kind: "status", status: 429, retryAfter: 60, count: 20 });
  await page.goto("/users");
  const countdown = page.getByText(/Recruspace is rate-limiting, retrying in \d+ s\./);
  await expect(countdown).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  // The seconds tick where screen readers do not hear them; the live region says the wait once.
  const announcement = page.getByTestId("retry-announcement");
  const announced = await announcement.textContent();
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first!, { timeout: 5_000 });
  await expect(countdown).toHaveAttribute("aria-hidden", "true");
  await expect(announcement).toHaveAttribute("aria-live", "polite");
  await expect(announcement).toHaveText(announced!);
  expect(announced).toMatch(/The page retries in \d+ seconds\./);
});

test("an unknown candidate and an unknown pool say so inside the shell", async ({ page }) => {
  const ws = seedWorkspace();
  await signIn(page, ws.member);
  await page.goto("/candidates/999999999");
  await expect(page.getByText("Candidate not found")).toBeVisible();
  await page.goto("/talent-pools/999999999");
  await expect(page.getByText("Talent pool not found")).toBeVisible();
  await page.goto("/job-posts?page=999");
  await expect(page.getByText("That page is past the end of the list")).toBeVisible();
});

test("a note or tag that Recruspace refuses is rolled back with a message, and the text is kept", async ({ page }) => {
  const ws = seedWorkspace();
  await signIn(page, ws.member);
  await page.goto("/talent-pools");
  await page.locator("table tbody tr").filter({ has: page.locator("td:nth-child(2)", { hasNotText: /^0$/ }) }).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/talent-pools\/\d+$/);
  await page.locator("table tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/candidates\/\d+(\?from=[^&]+)?$/);

  await fault({ method: "POST", path: "/api/v1/client/candidates/add-tag/", kind: "status", status: 500, count: 5 });
  const tag = `refused-${Date.now()}`;
  await page.getByLabel("New tag").fill(tag);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(`The tag “${tag}” was not added`)).toBeVisible();
  // The candidate may have had no tags before, so the list itself may be absent: count the tag instead.
  await expect(page.getByRole("list", { name: "Tags" }).getByText(tag)).toHaveCount(0);
  await expect(page.getByLabel("New tag")).toHaveValue(tag);

  await fault({ method: "POST", path: "/api/v1/client/candidates/add-note/", kind: "status", status: 500, count: 5 });
  const note = `Refused note ${Date.now()}`;
  await page.getByLabel("New note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("The note was not saved")).toBeVisible();
  await expect(page.getByText("No notes from this workspace yet.")).toBeVisible();
  await expect(page.getByLabel("New note")).toHaveValue(note);

  await page.reload();
  await expect(page.getByText("No notes from this workspace yet.")).toBeVisible();
});
