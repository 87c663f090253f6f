import { randomBytes } from "node:crypto";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addCandidateDirectly, talentPools, uniqueEmail } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/**
 * Destructive pool actions: only admins delete (the action refuses members: e2e/isolation.spec.ts),
 * a pool with candidates is deleted only after its name is typed, and a second pool of a name that
 * exists is created only after a warning.
 */
test.describe("talent pool safety @desktop-only", () => {
  let workspace: SeededWorkspace;

  test.beforeAll(() => {
    workspace = seedWorkspace();
  });

  async function poolsNamed(name: string) {
    return (await talentPools()).filter((pool) => pool.name === name);
  }

  test("a member sees no Delete button, on the list or on a pool's page", async ({ page }) => {
    await signIn(page, workspace.member);
    await page.goto("/talent-pools");
    await expect(page.getByRole("button", { name: /^Rename / }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Delete / })).toHaveCount(0);
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/talent-pools\/\d+$/);
    await expect(page.getByRole("button", { name: /^Rename / })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Delete / })).toHaveCount(0);
  });

  test("creating a pool whose name exists warns first; 'Create anyway' makes the second", async ({ page }) => {
    const name = `Backend ${randomBytes(3).toString("hex")}`;
    await signIn(page, workspace.admin);
    await page.goto("/talent-pools");
    const create = async () => {
      await page.getByRole("button", { name: "New pool" }).click();
      const dialog = page.getByRole("dialog", { name: "New talent pool" });
      await dialog.getByLabel("Pool name").fill(name);
      await dialog.getByRole("button", { name: "Create pool" }).click();
      return dialog;
    };
    await (await create()).waitFor({ state: "hidden" });
    await expect(page.getByRole("link", { name })).toBeVisible();
    expect(await poolsNamed(name)).toHaveLength(1);

    const dialog = await create();
    await expect(dialog.getByText(`A talent pool named “${name}” already exists`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, "duplicate pool warning");
    // Warned from the list the page already has: nothing was sent.
    expect(await poolsNamed(name)).toHaveLength(1);
    await dialog.getByRole("button", { name: "Create anyway" }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await poolsNamed(name)).length).toBe(2);
  });

  test("deleting a pool with candidates needs its name typed; an empty pool goes with one click", async ({ page }) => {
    const full = `Full ${randomBytes(3).toString("hex")}`;
    const empty = `Empty ${randomBytes(3).toString("hex")}`;
    await signIn(page, workspace.admin);
    await page.goto("/talent-pools");
    for (const name of [full, empty]) {
      await page.getByRole("button", { name: "New pool" }).click();
      const dialog = page.getByRole("dialog", { name: "New talent pool" });
      await dialog.getByLabel("Pool name").fill(name);
      await dialog.getByRole("button", { name: "Create pool" }).click();
      await expect(dialog).toBeHidden();
    }
    const [fullPool] = await poolsNamed(full);
    await addCandidateDirectly(uniqueEmail("pool-delete"), fullPool!.id);
    await page.goto(`/talent-pools/${fullPool!.id}`);

    await page.getByRole("button", { name: `Delete ${full}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete the pool “${full}”?` });
    const deleteButton = confirm.getByRole("button", { name: "Delete pool" });
    await expect(deleteButton).toBeDisabled();
    await confirm.getByLabel(`Type “${full}” to confirm`).fill("not the name");
    await expect(deleteButton).toBeDisabled();
    await expectNoSeriousA11yViolations(page, "typed delete confirmation");
    await confirm.getByLabel(`Type “${full}” to confirm`).fill(full);
    await deleteButton.click();
    await expect(page).toHaveURL(/\/talent-pools$/);
    await expect.poll(async () => (await poolsNamed(full)).length).toBe(0);

    await page.getByRole("button", { name: `Delete ${empty}` }).click();
    const quick = page.getByRole("alertdialog", { name: `Delete the pool “${empty}”?` });
    await expect(quick.getByRole("textbox")).toHaveCount(0);
    await quick.getByRole("button", { name: "Delete pool" }).click();
    await expect.poll(async () => (await poolsNamed(empty)).length).toBe(0);
  });
});
