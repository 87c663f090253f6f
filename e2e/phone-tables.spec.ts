import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { sandboxApi } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { EMAIL_BREAK, expectSelectShowsWholeValue, expectWithinViewportWidth, lineBreaks } from "./support/layout";
import { signIn } from "./support/sign-in";

/**
 * Tables keep every column at every width: on a phone each row is a card (each value beside its
 * column's name), nothing is hidden or cut off, and emails wrap only before the @ or a dot (or after a hyphen of their own).
 */
test.describe("tables on every screen", () => {
  let workspace: SeededWorkspace;

  test.beforeAll(() => {
    workspace = seedWorkspace();
  });

  test("the pool's candidates show their checkbox, name, email, tags, added and suitability", async ({ page }) => {
    const pools = await sandboxApi<{ id: number; candidate_count: number }[]>("GET", "/api/v1/client/talent-pools/");
    const pool = pools.find((p) => p.candidate_count > 0)!;
    await signIn(page, workspace.member);
    await page.goto(`/talent-pools/${pool.id}`);
    const rows = page.locator("table tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = Math.min(await rows.count(), 5);
    for (let r = 0; r < count; r++) {
      // The row's checkbox (row selection for bulk work), then name, email, tags, added and suitability.
      const cells = rows.nth(r).locator("td");
      await expect(cells).toHaveCount(6);
      for (let c = 0; c < 6; c++) {
        await expect(cells.nth(c), `row ${r + 1}, column ${c + 1}`).toBeVisible();
        await expectWithinViewportWidth(page, cells.nth(c), `row ${r + 1}, column ${c + 1}`);
      }
      const email = cells.nth(2);
      for (const around of await lineBreaks(email)) expect(around, `${await email.textContent()} wraps mid-word`).toMatch(EMAIL_BREAK);
    }
    if (page.viewportSize()!.width < 640) {
      // On the phone every value carries its column's name.
      await expect(rows.first().locator("td[data-label='Suitability']")).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page, "pool candidates");
  });

  test("the team page shows each member's email, role select and Remove in full", async ({ page }) => {
    await signIn(page, workspace.admin);
    await page.goto("/settings/team");
    const rows = page.getByRole("region", { name: "Workspace members" }).locator("tbody tr");
    await expect(rows).toHaveCount(2);
    for (const person of [workspace.admin, workspace.member]) {
      const row = rows.filter({ hasText: person.email });
      const email = row.getByText(person.email);
      await expect(email).toBeVisible();
      await expectWithinViewportWidth(page, email, `${person.email}`);
      for (const around of await lineBreaks(email)) expect(around, `${person.email} wraps mid-word`).toMatch(EMAIL_BREAK);
      const role = row.getByRole("combobox", { name: /^Role of/ });
      await expectWithinViewportWidth(page, role, `role select of ${person.email}`);
      await expectSelectShowsWholeValue(role, `role select of ${person.email}`);
      await expectWithinViewportWidth(page, row.getByRole("button", { name: /^Remove / }), `Remove for ${person.email}`);
      await expect(row.locator("td[data-label='Joined']")).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page, "team");
  });
});
