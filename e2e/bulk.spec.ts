import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addCandidateDirectly, clearFaults, sandboxApi, sandboxFault, uniqueEmail } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * Many at once: rows of a pool's table (cards on a phone) or of the search results are selected with
 * real checkboxes, then tagged or added to another pool; each person shows their progress, the run can
 * be cancelled (the rest are not sent), and a summary ends it. The timeline of a tagged person names
 * the member and says it was done for several people at once.
 */
let workspace: SeededWorkspace;

// A workspace of its own per test: its cached pool list has not been read before the test's new pool exists.
test.beforeEach(() => {
  workspace = seedWorkspace();
});

test.afterEach(async () => {
  await clearFaults();
});

type Person = { id: number; name: string; email: string };

/** A new pool with `count` new people in it, straight through the sandbox API. */
async function poolWithPeople(count: number, label: string): Promise<{ id: number; name: string; people: Person[] }> {
  const pool = await sandboxApi<{ id: number; name: string }>("POST", "/api/v1/client/talent-pools/create/", { name: `${label} ${randomBytes(3).toString("hex")}` });
  const people: Person[] = [];
  for (let n = 0; n < count; n += 1) {
    const email = uniqueEmail(`bulk-${label.toLowerCase()}`);
    const last = `${label}${String.fromCharCode(65 + n)}${randomBytes(2).toString("hex")}`;
    const { id } = await addCandidateDirectly(email, pool.id, { first: "Bulk", last });
    people.push({ id, name: `Bulk ${last}`, email });
  }
  return { ...pool, people };
}

async function tagsOf(id: number): Promise<string[]> {
  return (await sandboxApi<{ tags: { title: string }[] }>("GET", `/api/v1/client/candidates/${id}/`)).tags.map((tag) => tag.title);
}

const panel = (page: Page) => page.getByRole("region", { name: "Selected people" });

test("select rows of a pool, tag them: progress, summary, the tags in the table, and the timeline names the member", async ({ page }) => {
  const pool = await poolWithPeople(3, "Tagging");
  const tag = `bulk-${randomBytes(3).toString("hex")}`;
  await signIn(page, workspace.member);
  await page.goto(`/talent-pools/${pool.id}`);

  // "Select all on this page" is in the table's header on a desktop, above the cards on a phone.
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(panel(page).getByTestId("selection-count")).toHaveText("3 people selected");
  await page.getByRole("checkbox", { name: `Select ${pool.people[2]!.name}` }).uncheck();
  await expect(panel(page).getByRole("status").first()).toHaveText("2 people selected");
  await expect(page.getByRole("checkbox", { name: "Select all on this page" })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page, "a pool with people selected");

  await panel(page).getByLabel("Tag", { exact: true }).fill(tag);
  await panel(page).getByRole("button", { name: "Tag 2 people" }).click();
  const summary = panel(page).getByTestId("bulk-summary");
  await expect(summary).toContainText("Tagged: 2");
  await expect(summary).toContainText("Already there: 0");
  await expect(summary).toContainText("Failed: 0");
  await expect(panel(page).getByTestId("bulk-row").filter({ hasText: pool.people[0]!.name })).toContainText("Tagged");
  await expectNoSeriousA11yViolations(page, "a bulk tag's summary");
  expect(await tagsOf(pool.people[0]!.id)).toContain(tag);
  expect(await tagsOf(pool.people[1]!.id)).toContain(tag);
  expect(await tagsOf(pool.people[2]!.id)).not.toContain(tag);

  // The page's data is read again once the run ends: the table shows the new tag on the two.
  const row = (person: Person) => page.locator("tbody tr").filter({ hasText: person.email });
  await expect(row(pool.people[0]!)).toContainText(tag);
  await expect(row(pool.people[1]!)).toContainText(tag);
  await expect(row(pool.people[2]!)).not.toContainText(tag);
  await panel(page).getByRole("button", { name: "Done" }).click();
  await expect(panel(page).getByTestId("selection-count")).toHaveText(/^Select people/);

  await row(pool.people[0]!).getByRole("link", { name: pool.people[0]!.name }).click();
  await expect(page.getByRole("heading", { name: pool.people[0]!.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" }).getByTestId("timeline-event").first()).toContainText(
    `${workspace.member.name} tagged them “${tag}”. (with several people at once)`,
  );
});

test("cancel: the one in flight finishes, the rest are not sent, and the summary says so", async ({ page }) => {
  const pool = await poolWithPeople(5, "Cancel");
  const tag = `cancel-${randomBytes(3).toString("hex")}`;
  // Slow tags, so there is time to cancel after the first.
  await sandboxFault({ method: "POST", path: "/api/v1/client/candidates/add-tag/", kind: "latency", ms: 1500, count: 10 });
  await signIn(page, workspace.member);
  await page.goto(`/talent-pools/${pool.id}`);
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await panel(page).getByLabel("Tag", { exact: true }).fill(tag);
  await panel(page).getByRole("button", { name: "Tag 5 people" }).click();
  await expect(panel(page).getByTestId("bulk-row").first()).toHaveAttribute("data-status", "working");
  await expectNoSeriousA11yViolations(page, "a bulk tag in progress");
  await panel(page).getByRole("button", { name: "Cancel" }).click();

  const summary = panel(page).getByTestId("bulk-summary");
  await expect(summary).toBeVisible({ timeout: 15_000 });
  await expect(panel(page).getByTestId("bulk-status")).toContainText("Cancelled");
  const rows = await panel(page)
    .getByTestId("bulk-row")
    .evaluateAll((items) => items.map((item) => ({ name: item.querySelector("span")?.textContent ?? "", status: item.getAttribute("data-status") })));
  const tagged = rows.filter((row) => row.status === "done").length;
  expect(tagged).toBeGreaterThanOrEqual(1);
  expect(tagged).toBeLessThan(5);
  // In the order they were sent: the done ones first, then only "not sent".
  expect(rows.slice(tagged).every((row) => row.status === "not_sent")).toBe(true);
  await expect(summary).toContainText(`Not sent (cancelled before they were sent): ${5 - tagged}`);
  // Recruspace has the tag on exactly the ones shown as tagged.
  for (const person of pool.people) {
    const shown = rows.find((row) => row.name === person.name);
    expect((await tagsOf(person.id)).includes(tag), person.name).toBe(shown?.status === "done");
  }
});

test("a wait for the key's budget counts down on the person's row; the live region says it once, and the run goes on by itself", async ({ page }) => {
  const pool = await poolWithPeople(2, "Waiting");
  const tag = `wait-${randomBytes(3).toString("hex")}`;
  // Longer than the bulk client waits out by itself (5 s), so the browser is told the wait and shows it.
  await sandboxFault({ kind: "status", status: 429, retryAfter: 9, method: "POST", path: "/api/v1/client/candidates/add-tag/", count: 1 });
  await signIn(page, workspace.member);
  await page.goto(`/talent-pools/${pool.id}`);
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await panel(page).getByLabel("Tag", { exact: true }).fill(tag);
  await panel(page).getByRole("button", { name: "Tag 2 people" }).click();

  const row = panel(page).getByTestId("bulk-row").first();
  await expect(row).toHaveAttribute("data-status", "waiting");
  const secondsIn = async (locator: Locator) => Number((await locator.textContent())?.match(/Waiting (\d+) s/)?.[1] ?? NaN);
  const countdown = panel(page).getByTestId("bulk-wait");
  const live = panel(page).getByTestId("bulk-status");
  const first = await secondsIn(row);
  expect(first).toBeGreaterThan(5);
  const announced = await live.textContent();
  expect(announced).toMatch(/^Waiting \d+ s for the Recruspace request budget/);

  await expect.poll(() => secondsIn(row), { timeout: 5_000 }).toBeLessThanOrEqual(first - 2);
  await expect.poll(() => secondsIn(countdown)).toBeLessThanOrEqual(first - 2);
  // Ticking only outside the live region: its words stay those said when the wait began.
  await expect(countdown).toHaveAttribute("aria-hidden", "true");
  expect(await live.textContent()).toBe(announced);

  // When the wait is over the live region says so once (the run goes on, or has finished) and the countdown goes.
  await expect(live).toHaveText(/^(Tagging 2 people|Finished)/, { timeout: 15_000 });
  await expect(countdown).toHaveCount(0);
  await expect(panel(page).getByTestId("bulk-summary")).toContainText("Tagged: 2", { timeout: 15_000 });
  expect(await tagsOf(pool.people[0]!.id)).toContain(tag);
});

test("select search results and add them to another pool; again says already there @desktop-only", async ({ page }) => {
  const source = await poolWithPeople(2, "Searched");
  const destination = await poolWithPeople(0, "Destination");
  const last = source.people[0]!.name.split(" ")[1]!;
  await signIn(page, workspace.member);
  // The pool's page puts its people in the workspace index, which the search reads.
  await page.goto(`/talent-pools/${source.id}`);
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await page.goto(`/search?q=${encodeURIComponent(last)}`);
  const select = page.getByRole("checkbox", { name: `Select ${source.people[0]!.name} (candidate ${source.people[0]!.id})` });
  await select.check();
  await panel(page).getByRole("radio", { name: "Add them to a job post or pool" }).check();
  await panel(page).getByLabel("Job post or talent pool").selectOption(`talent_pool:${destination.id}`);
  await expectNoSeriousA11yViolations(page, "search results with the bulk add");
  await panel(page).getByRole("button", { name: "Add 1 person" }).click();
  await expect(panel(page).getByTestId("bulk-summary")).toContainText("Added: 1");
  const inDestination = async () => (await sandboxApi<{ results: { email: string }[] }>("GET", `/api/v1/client/talent-pools/${destination.id}/candidates/`)).results;
  expect((await inDestination()).map((c) => c.email)).toEqual([source.people[0]!.email]);

  await panel(page).getByRole("button", { name: "Done" }).click();
  // The copy in the destination is a record of its own, now found by the search as well.
  await select.check();
  await panel(page).getByRole("radio", { name: "Add them to a job post or pool" }).check();
  await panel(page).getByLabel("Job post or talent pool").selectOption(`talent_pool:${destination.id}`);
  await panel(page).getByRole("button", { name: "Add 1 person" }).click();
  await expect(panel(page).getByTestId("bulk-summary")).toContainText("Already there: 1");
  expect(await inDestination()).toHaveLength(1);
});
