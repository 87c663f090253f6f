import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { test, expect } from "./support/fixtures";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";

// Upstream faults on the workspace's mutating flows, seen from the browser: the user gets a clear
// message, what they typed is still there, and after a clean retry Recruspace holds the record once.
// (Candidate creation has its own fault suite in add-candidate.spec.ts; the API-level matrix of every
// fault × flow is tests/integration/hardening-faults.test.ts.)
const env = e2eEnv();
const api = (path: string) => fetch(`${env.sandboxURL}${path}`, { headers: { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` } });

async function fault(rule: Record<string, unknown>) {
  const response = await fetch(`${env.sandboxURL}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rule) });
  expect(response.ok).toBe(true);
}
const clearFaults = () => fetch(`${env.sandboxURL}/__sandbox/faults`, { method: "DELETE" });

async function poolsNamed(name: string): Promise<number> {
  const pools = (await (await api("/api/v1/client/talent-pools/")).json()) as { name: string }[];
  return pools.filter((pool) => pool.name === name).length;
}

async function someCandidate(): Promise<{ id: number; name: string }> {
  const pools = (await (await api("/api/v1/client/talent-pools/")).json()) as { id: number; candidate_count: number }[];
  const pool = pools.find((p) => p.candidate_count > 0)!;
  const page = (await (await api(`/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`)).json()) as {
    results: { id: number; first_name: string; last_name: string }[];
  };
  const candidate = page.results[0]!;
  return { id: candidate.id, name: `${candidate.first_name} ${candidate.last_name}` };
}

async function candidateTags(id: number): Promise<string[]> {
  const candidate = (await (await api(`/api/v1/client/candidates/${id}/`)).json()) as { tags: { title: string }[] };
  return candidate.tags.map((tag) => tag.title);
}

async function openCandidate(page: Page, candidate: { id: number; name: string }) {
  await page.goto(`/candidates/${candidate.id}`);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
}

const suffix = () => randomBytes(3).toString("hex");

test.afterEach(clearFaults);

test("a note with markup and script is shown as text, never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const ws = seedWorkspace();
  const candidate = await someCandidate();
  await signIn(page, ws.member);
  await openCandidate(page, candidate);

  const payload = `<img src=x onerror=alert(1)> <script>window.__xss = 1</script> ${suffix()}`;
  await page.getByLabel("New note").fill(payload);
  await page.getByRole("button", { name: "Add note" }).click();
  const notes = page.getByRole("list", { name: "Notes from this workspace" });
  await expect(notes.getByText(payload, { exact: true })).toBeVisible();
  // Saved, not just shown optimistically: the pending marker is gone.
  await expect(notes.locator("li[aria-busy]")).toHaveCount(0);

  // Server-rendered this time (from our database), still plain text.
  await page.reload();
  await expect(notes.getByText(payload, { exact: true })).toBeVisible();
  await expect(notes.locator("img, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // A tag is rendered the same way.
  const tag = `<img src=x onerror=alert(2)>${suffix()}`;
  await page.getByLabel("New tag").fill(tag);
  await page.getByRole("button", { name: "Add tag" }).click();
  const tags = page.getByRole("list", { name: "Tags" });
  await expect(tags.getByText(tag, { exact: true })).toBeVisible();
  await expect(tags.locator("[aria-busy]")).toHaveCount(0);
  await page.reload();
  await expect(tags.getByText(tag, { exact: true })).toBeVisible();
  await expect(tags.locator("img, script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("adding a note while Recruspace fails: message, text kept, one note after the retry", async ({ page }) => {
  const ws = seedWorkspace();
  const candidate = await someCandidate();
  await signIn(page, ws.member);
  await openCandidate(page, candidate);
  const text = `Strong systems background ${suffix()}`;
  const field = page.getByLabel("New note");
  const notes = page.getByRole("list", { name: "Notes from this workspace" });

  // Each fault has its own message, so a stale one from the previous round cannot pass for it.
  // A lost answer cannot be checked for a note (Recruspace cannot list them): the message says so.
  for (const [rule, message] of [
    [{ kind: "status", status: 500 }, /Recruspace had a problem answering.*no way to check/],
    [{ kind: "reset" }, /Could not reach Recruspace.*no way to check/],
  ] as const) {
    await fault({ ...rule, method: "POST", path: "/api/v1/client/candidates/add-note/", count: 1 });
    await field.fill(text);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(field).toHaveValue(text);
    await expect(notes.getByText(text, { exact: true })).toHaveCount(0);
    await clearFaults();
  }

  await page.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(text, { exact: true })).toHaveCount(1);
  await expect(notes.locator("li[aria-busy]")).toHaveCount(0);
  await page.reload();
  await expect(notes.getByText(text, { exact: true })).toHaveCount(1);

  // A success whose answer cannot be read is a success: the note is saved and listed once.
  const second = `Unreadable answer, saved anyway ${suffix()}`;
  await fault({ kind: "malformed", status: 201, after: true, method: "POST", path: "/api/v1/client/candidates/add-note/", count: 1 });
  await field.fill(second);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(second, { exact: true })).toHaveCount(1);
  await expect(notes.locator("li[aria-busy]")).toHaveCount(0);
  await clearFaults();
});

async function upstreamCalls(): Promise<number> {
  return ((await (await fetch(`${env.sandboxURL}/__sandbox/requests`)).json()) as { total: number }).total;
}

test("adding a tag while Recruspace drops the connection or throttles: message, input kept, tag added once", async ({ page }) => {
  const ws = seedWorkspace();
  const candidate = await someCandidate();
  await signIn(page, ws.member);
  await openCandidate(page, candidate);
  const title = `fault-${suffix()}`;
  const field = page.getByLabel("New tag");

  await fault({ kind: "reset", method: "POST", path: "/api/v1/client/candidates/add-tag/", count: 1 });
  await field.fill(title);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Could not reach Recruspace/ })).toBeVisible();
  await expect(field).toHaveValue(title);
  expect(await candidateTags(candidate.id)).not.toContain(title);
  await clearFaults();
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("list", { name: "Tags" }).getByText(title, { exact: true })).toBeVisible();
  expect((await candidateTags(candidate.id)).filter((t) => t === title)).toHaveLength(1);

  // A 429 whose Retry-After is beyond the app's wait budget: told when to retry, and an early retry
  // is held back by the app itself instead of hammering Recruspace.
  const second = `throttled-${suffix()}`;
  await fault({ kind: "status", status: 429, retryAfter: 120, method: "POST", path: "/api/v1/client/candidates/add-tag/", count: 1 });
  await field.fill(second);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Please retry in 1[12]\d s/ })).toBeVisible();
  await expect(field).toHaveValue(second);
  await clearFaults();
  const calls = await upstreamCalls();
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /rate-limiting/ })).toBeVisible();
  await expect(field).toHaveValue(second);
  expect(await upstreamCalls()).toBe(calls);
  expect(await candidateTags(candidate.id)).not.toContain(second);
});

test("pool create, rename and delete under upstream faults keep the input and leave no duplicates", async ({ page }) => {
  const ws = seedWorkspace();
  // Deleting a pool is for admins (docs/workspace.md).
  await signIn(page, ws.admin);
  await page.goto("/talent-pools");
  const name = `Fault pool ${suffix()}`;

  // Create: a 500 before anything was made: the app checked, says so, and keeps the name.
  await page.getByRole("button", { name: "New pool" }).click();
  const dialog = page.getByRole("dialog", { name: "New talent pool" });
  await dialog.getByLabel("Pool name").fill(name);
  await fault({ kind: "status", status: 500, method: "POST", path: "/api/v1/client/talent-pools/create/", count: 1 });
  await dialog.getByRole("button", { name: "Create pool" }).click();
  await expect(dialog.getByText(/Recruspace had a problem answering\. We checked: no talent pool was created/)).toBeVisible();
  await expect(dialog.getByLabel("Pool name")).toHaveValue(name);
  await clearFaults();
  expect(await poolsNamed(name)).toBe(0);
  // Then a success whose answer cannot be read: it is a success, and the pool exists once.
  await fault({ kind: "malformed", status: 201, after: true, method: "POST", path: "/api/v1/client/talent-pools/create/", count: 1 });
  await dialog.getByRole("button", { name: "Create pool" }).click();
  await expect(dialog).toBeHidden();
  await clearFaults();
  await expect(page.getByRole("cell", { name, exact: true }).or(page.getByRole("link", { name, exact: true })).first()).toBeVisible();
  expect(await poolsNamed(name)).toBe(1);

  // Rename: a dropped connection; the new name stays in the field, the pool keeps its old name.
  const renamed = `${name} renamed`;
  await page.getByRole("button", { name: `Rename ${name}` }).click();
  const renameDialog = page.getByRole("dialog", { name: `Rename “${name}”` });
  await renameDialog.getByLabel("Pool name").fill(renamed);
  await fault({ kind: "reset", method: "PATCH", path: "/api/v1/client/talent-pools/*", count: 1 });
  await renameDialog.getByRole("button", { name: "Save name" }).click();
  await expect(renameDialog.getByText(/Could not reach Recruspace/)).toBeVisible();
  await expect(renameDialog.getByLabel("Pool name")).toHaveValue(renamed);
  expect(await poolsNamed(name)).toBe(1);
  await clearFaults();
  await renameDialog.getByRole("button", { name: "Save name" }).click();
  await expect(renameDialog).toBeHidden();
  expect(await poolsNamed(renamed)).toBe(1);
  expect(await poolsNamed(name)).toBe(0);

  // Delete: a 500 leaves the pool in place with a message; the retry removes it.
  await fault({ kind: "status", status: 500, method: "DELETE", path: "/api/v1/client/talent-pools/*", count: 1 });
  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Delete pool" }).click();
  await expect(page.getByText(/Recruspace had a problem answering/).first()).toBeVisible();
  await expect(confirm).toBeVisible();
  expect(await poolsNamed(renamed)).toBe(1);
  await clearFaults();
  await confirm.getByRole("button", { name: "Delete pool" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("button", { name: `Delete ${renamed}` })).toHaveCount(0);
  expect(await poolsNamed(renamed)).toBe(0);

  // Create under a long throttle: told when to retry, name kept, nothing created.
  const throttled = `Throttled pool ${suffix()}`;
  await fault({ kind: "status", status: 429, retryAfter: 120, method: "POST", path: "/api/v1/client/talent-pools/create/", count: 1 });
  await page.getByRole("button", { name: "New pool" }).click();
  await dialog.getByLabel("Pool name").fill(throttled);
  await dialog.getByRole("button", { name: "Create pool" }).click();
  await expect(dialog.getByText(/rate-limiting requests\. Please retry in 1[12]\d s/)).toBeVisible();
  await expect(dialog.getByLabel("Pool name")).toHaveValue(throttled);
  expect(await poolsNamed(throttled)).toBe(0);
});
