import type { Locator, Page } from "@playwright/test";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * Where feedback appears, measured: a toast sits at the bottom (right on desktop) over nothing the
 * user needs, a form's refusal is said once, and the toaster takes no room in the shell's grid.
 */
type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const toast = (page: Page) => page.locator("[data-sonner-toast]");

test.describe("toasts and the shell", () => {
  let workspace: SeededWorkspace;

  test.beforeAll(() => {
    workspace = seedWorkspace();
  });

  test("a toast appears at the bottom, clear of the header search and of a dialog's title", async ({ page }) => {
    await signIn(page, workspace.admin);
    await page.goto("/settings/keys");
    await page.getByRole("button", { name: "Verify now" }).click();
    const shown = toast(page).filter({ hasText: "Recruspace accepted the key." });
    await expect(shown).toBeVisible();
    const viewport = page.viewportSize()!;
    const toastBox = await box(shown);
    expect(viewport.height - (toastBox.y + toastBox.height), "toast at the bottom").toBeLessThan(48);
    if (viewport.width >= 1024) expect(viewport.width - (toastBox.x + toastBox.width), "toast at the right").toBeLessThan(48);
    expect(overlaps(toastBox, await box(page.getByRole("combobox", { name: "Search candidates by name, tag or email" }))), "toast over the search").toBe(false);

    // A dialog opened while the toast shows keeps its title in sight.
    await page.getByRole("button", { name: "Replace" }).click();
    const dialog = page.getByRole("alertdialog", { name: /^Replace key/ });
    await expect(dialog).toBeVisible();
    await expect(shown).toBeVisible();
    expect(overlaps(await box(shown), await box(dialog.getByRole("heading", { name: /^Replace key/ }))), "toast over the dialog's title").toBe(false);
    await expectNoSeriousA11yViolations(page, "keys page with a toast and a dialog");
  });

  test("a key Recruspace rejects is said once, at the key field", async ({ page }) => {
    await signIn(page, workspace.admin);
    await page.goto("/settings/keys");
    await page.getByRole("button", { name: "Replace" }).click();
    const dialog = page.getByRole("alertdialog", { name: /^Replace key/ });
    await dialog.getByLabel(/^API key/).fill("rs_wrong_key_0000000000");
    await dialog.getByRole("button", { name: "Verify and replace" }).click();
    await expect(dialog.getByText(/^Recruspace rejected this key\./)).toBeVisible();
    await expect(page.getByText(/Recruspace rejected this key/)).toHaveCount(1);
    await expect(toast(page)).toHaveCount(0);
    await expect(dialog.getByRole("heading", { name: /^Replace key/ })).toBeInViewport();
  });

  test("the sidebar reaches the bottom of a short page: the toaster takes no row of the grid @desktop-only", async ({ page }) => {
    await signIn(page, workspace.member);
    await page.goto("/settings/password");
    // sonner's <section> loads after first paint; wait for it before measuring.
    await expect(page.locator("section[aria-label^='Notifications']")).toBeAttached();
    const sidebar = await box(page.locator("aside").first());
    expect(sidebar.y).toBe(0);
    expect(Math.round(sidebar.y + sidebar.height)).toBeGreaterThanOrEqual(page.viewportSize()!.height);
  });
});
