import { test, expect } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";
import { signedInMember } from "./support/member-session";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addCandidateDirectly, uniqueEmail } from "./support/candidates";

/**
 * The command palette (Ctrl+K / ⌘K, or the header button) and the "?" shortcuts overlay: to a candidate
 * of the workspace index, a pool and an action by keyboard; neither key does anything in a field.
 */
const session = signedInMember();

const palette = (page: Page) => page.getByRole("dialog", { name: "Go to" });

/** The shortcut listener is React's: a press before hydration does nothing, so press until it opens. */
async function openWith(page: Page, keys: string) {
  await expect(async () => {
    await page.keyboard.press(keys);
    await expect(palette(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(palette(page).getByRole("combobox")).toBeFocused();
}

/** Moves the palette's selection down to `option` with the arrow keys. */
async function arrowTo(page: Page, option: Locator) {
  await expect(option).toBeVisible();
  for (let step = 0; step < 30 && (await option.getAttribute("aria-selected")) !== "true"; step++) await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
}

test("Ctrl+K and ⌘K open the palette; part of a seen candidate's name and Enter open them", async ({ page }) => {
  const last = `Palettè${Date.now().toString(36)}`;
  const { id } = await addCandidateDirectly(uniqueEmail("palette"), session.pools[0]!.id, { first: "Kira", last });
  // Opening the candidate is how the workspace index sees them.
  await page.goto(`/candidates/${id}`);
  await expect(page.getByRole("heading", { name: `Kira ${last}` })).toBeVisible();
  await page.getByRole("heading", { name: `Kira ${last}` }).click();

  await openWith(page, "Control+k");
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await openWith(page, "Meta+k");

  await page.keyboard.type(`kira ${last.slice(0, 8).normalize("NFD").replace(/\p{M}/gu, "")}`);
  const person = palette(page).getByRole("option", { name: new RegExp(`Kira ${last}`) });
  await arrowTo(page, person);
  await expectNoSeriousA11yViolations(page, "the command palette");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/candidates/${id}$`));
  await expect(palette(page)).toBeHidden();
});

test("a talent pool and an action, by keyboard", async ({ page }) => {
  const pool = session.pools[0]!;
  await page.goto("/job-posts");
  await openWith(page, "Control+k");
  await page.keyboard.type(pool.name);
  await arrowTo(page, palette(page).getByRole("option", { name: new RegExp(`^${pool.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/talent-pools/${pool.id}$`));

  await openWith(page, "Control+k");
  await page.keyboard.type("new pool");
  await arrowTo(page, palette(page).getByRole("option", { name: /New talent pool/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/talent-pools\?new=pool$/);
  await expect(page.getByRole("dialog", { name: "New talent pool" })).toBeVisible();
});

test("? shows the shortcuts; ? and Ctrl+K typed into a field do nothing", async ({ page }) => {
  await page.goto("/job-posts");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await page.getByRole("heading", { name: "Job posts" }).click();
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(help.getByText("Open the command palette")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the shortcuts overlay");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  const search = page.getByRole("combobox", { name: "Search candidates by name, tag or email" });
  await search.click();
  await page.keyboard.type("who?");
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Meta+k");
  await expect(search).toHaveValue("who?");
  await expect(search).toBeFocused();
  await expect(help).toBeHidden();
  await expect(palette(page)).toBeHidden();
});

test("the header has a button that opens the palette (the phone's way in); cmdk loads only then", async ({ page }) => {
  const scripts: Promise<boolean>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text().then((body) => body.includes("cmdk-input"), () => false));
  });
  const cmdkLoaded = async () => (await Promise.all(scripts)).some(Boolean);
  await page.goto("/job-posts");
  await page.waitForLoadState("networkidle");
  const button = page.getByRole("button", { name: "Open the command palette" });
  await expect(button).toBeVisible();
  expect(await cmdkLoaded(), "cmdk is not in the page's first-load JavaScript").toBe(false);
  await expect(async () => {
    await button.click();
    await expect(palette(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  expect(await cmdkLoaded(), "opening the palette loads cmdk").toBe(true);
  await page.keyboard.type("quick");
  await arrowTo(page, palette(page).getByRole("option", { name: /Quick add/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quick-add$/);
  // The phone-first page has no shell, so no palette either.
  await expect(button).toHaveCount(0);
});
