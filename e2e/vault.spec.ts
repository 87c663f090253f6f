import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { SANDBOX_KEYS } from "../sandbox/seed-data";
import { e2eEnv } from "../tests/support/built-app/env";
import { expect, test } from "./support/fixtures";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { sandboxApi } from "./support/candidates";

const env = e2eEnv();

/** A fresh valid key for the sandbox's acme company (so replace has something new to store). */
async function newSandboxKey(): Promise<string> {
  const response = await fetch(`${env.sandboxURL}/__sandbox/keys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ company: "acme" }),
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { key: string }).key;
}

async function expectNoSeriousA11yIssues(page: Page) {
  // Toasts come from the app shell's sonner Toaster (components/ui/toaster.tsx), not this page; they are
  // checked where they are configured. Excluding them also keeps fade-in animations out of the scan.
  const results = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function expectKeyAbsentFromPage(page: Page, rawKey: string) {
  expect(await page.content()).not.toContain(rawKey);
  for (const input of await page.locator("input").all()) expect(await input.inputValue()).not.toBe(rawKey);
}

test("admin adds, replaces and revokes the workspace key; it is only ever shown masked", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/keys");
  await page.goto("/settings/keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expect(page.getByText("No active key")).toBeVisible();
  await expect(page.getByLabel("Recruspace base URL")).toHaveValue("https://api.recruspace.com");
  await expectNoSeriousA11yIssues(page);

  const form = page.getByRole("form", { name: "Add key" });
  await form.getByLabel(/^Label/).fill("Sandbox");
  await form.getByLabel("Recruspace base URL").fill(env.sandboxURL);

  // A key Recruspace rejects: refused beside the field, nothing stored.
  await form.getByLabel(/^API key/).fill("rs_wrong_key_0000000000");
  await form.getByRole("button", { name: "Verify and save" }).click();
  await expect(form.getByText(/^Recruspace rejected this key\. Check that you copied the whole key/)).toBeVisible();
  // Said once, at the key field: no banner above the form and no toast repeat it.
  await expect(page.getByText(/Recruspace rejected this key/)).toHaveCount(1);
  await expect(page.getByText("No active key")).toBeVisible();

  // Empty fields are explained beside each field without a round trip.
  await form.getByLabel(/^Label/).fill("");
  await form.getByRole("button", { name: "Verify and save" }).click();
  await expect(form.getByText("Give the key a label")).toBeVisible();
  await form.getByLabel(/^Label/).fill("Sandbox");

  const firstKey = SANDBOX_KEYS.acme;
  await form.getByLabel(/^API key/).fill(firstKey);
  await form.getByRole("button", { name: "Verify and save" }).click();
  await expect(page.getByTestId("active-key-masked")).toHaveText(`••••${firstKey.slice(-4)}`);
  await expect(page.getByRole("heading", { name: "Sandbox", level: 2 })).toBeVisible();
  await expect(page.getByText(`by ${workspace.admin.name}`)).toBeVisible();
  await expectKeyAbsentFromPage(page, firstKey);
  await page.reload();
  await expectKeyAbsentFromPage(page, firstKey);
  await expectNoSeriousA11yIssues(page);

  await page.getByRole("button", { name: "Verify now" }).click();
  await expect(page.getByText("Recruspace accepted the key.")).toBeVisible();

  // Replace: a confirmation dialog holding the new key's form.
  const secondKey = await newSandboxKey();
  await page.getByRole("button", { name: "Replace" }).click();
  const replaceDialog = page.getByRole("alertdialog", { name: `Replace key ••••${firstKey.slice(-4)}?` });
  await expect(replaceDialog).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await replaceDialog.getByLabel(/^Label/).fill("Sandbox v2");
  await replaceDialog.getByLabel(/^API key/).fill(secondKey);
  await replaceDialog.getByRole("button", { name: "Verify and replace" }).click();
  await expect(replaceDialog).toBeHidden();
  await expect(page.getByTestId("active-key-masked")).toHaveText(`••••${secondKey.slice(-4)}`);
  const history = page.getByRole("region", { name: "Earlier keys", exact: true });
  await expect(history.getByRole("row")).toHaveCount(2); // header + the revoked first key
  await expect(history.getByText(`••••${firstKey.slice(-4)}`)).toBeVisible();
  await expectKeyAbsentFromPage(page, secondKey);

  // Revoke, with confirmation; Cancel first changes nothing.
  await page.getByRole("button", { name: "Revoke" }).click();
  const revokeDialog = page.getByRole("alertdialog", { name: `Revoke key ••••${secondKey.slice(-4)}?` });
  await revokeDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("active-key-masked")).toHaveText(`••••${secondKey.slice(-4)}`);
  await page.getByRole("button", { name: "Revoke" }).click();
  await revokeDialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("No active key")).toBeVisible();
  await expect(history.getByRole("row")).toHaveCount(3);
  await expectKeyAbsentFromPage(page, secondKey);
  await expectNoSeriousA11yIssues(page);
});

test("a rotated key of the same company keeps the people search, another company's starts it over, and each says so", async ({ page }) => {
  const workspace = seedWorkspace();
  const pool = (await sandboxApi<{ id: number; candidate_count: number }[]>("GET", "/api/v1/client/talent-pools/")).find((p) => p.candidate_count > 0)!;
  const person = (await sandboxApi<{ results: { id: number; last_name: string }[] }>("GET", `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`)).results[0]!;

  await signIn(page, workspace.admin);
  // Opening the candidate puts them into the workspace's people search.
  await page.goto(`/candidates/${person.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/settings/keys");
  const rotated = await newSandboxKey();
  await page.getByRole("button", { name: "Replace" }).click();
  const dialog = page.getByRole("alertdialog", { name: /^Replace key/ });
  await dialog.getByLabel(/^Label/).fill("Rotated");
  await dialog.getByLabel(/^API key/).fill(rotated);
  await dialog.getByRole("button", { name: "Verify and replace" }).click();
  await expect(page.getByText(/It reads the same Recruspace account, so people search keeps its \d+ (person|people)\./)).toBeVisible();
  await expect(page.getByTestId("active-key-masked")).toHaveText(`••••${rotated.slice(-4)}`);

  await page.goto(`/search?q=${encodeURIComponent(person.last_name)}`);
  await expect(page.locator(`a[data-testid="search-hit"][href^="/candidates/${person.id}?"]`)).toBeVisible();

  // Another company's key: the search cannot be kept, and the admin is told why it is empty now.
  await page.goto("/settings/keys");
  await page.getByRole("button", { name: "Replace" }).click();
  await dialog.getByLabel(/^Label/).fill("Globex");
  await dialog.getByLabel(/^API key/).fill(SANDBOX_KEYS.globex);
  await dialog.getByRole("button", { name: "Verify and replace" }).click();
  await expect(page.getByText("People search starts over: the new key could not be shown to read the same Recruspace account.")).toBeVisible();
});

test("a member cannot open the API keys page", async ({ page }) => {
  const workspace = seedWorkspace();
  await signIn(page, workspace.member);
  const response = await page.goto("/settings/keys");
  expect(response?.status()).toBeLessThan(500);
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toHaveCount(0);
  await expect(page.getByText(/••••/)).toHaveCount(0);
});

test("an admin runs the connection check from the API keys page: per endpoint, field paths only, copyable", async ({ page }) => {
  const workspace = seedWorkspace();
  await signIn(page, workspace.admin);
  await fetch(`${env.sandboxURL}/__sandbox/drift`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed: "7" }) });
  try {
    await page.goto("/settings/keys");
    await page.getByRole("button", { name: "Run the connection check" }).click();
    const report = page.getByTestId("connection-report");
    await expect(report.locator("li[data-operation]")).toHaveCount(9);
    await expect(report.locator('li[data-operation="getCandidate"]')).toBeVisible();
    // Drift shows up as field paths with what was wrong, never as values.
    await expect(report.getByText(/: (missing|of another kind|null|extra \(not in the contract\))/).first()).toBeVisible();
    await expect(report).not.toContainText("@");
    await expectKeyAbsentFromPage(page, SANDBOX_KEYS.acme);
    await expect(page.getByRole("button", { name: "Copy as text" })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  } finally {
    await fetch(`${env.sandboxURL}/__sandbox/drift`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed: null }) });
  }
});
