import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addCandidateDirectly, sandboxApi, uniqueEmail } from "./support/candidates";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/** The ways into adding a candidate agree: the sidebar's link preselects what the page's own button does, and Quick add marks what it needs. */
test.describe("adding a candidate: entry points", () => {
  let workspace: SeededWorkspace;

  test.beforeAll(() => {
    workspace = seedWorkspace();
  });

  test("on a pool's page the navigation's Add candidate preselects the pool, like the page's button", async ({ page }) => {
    const pools = await sandboxApi<{ id: number }[]>("GET", "/api/v1/client/talent-pools/");
    const poolId = pools[0]!.id;
    await signIn(page, workspace.member);
    await page.goto(`/talent-pools/${poolId}`);
    const pageButton = page.getByRole("main").getByRole("link", { name: "Add candidate" });
    await expect(pageButton).toHaveAttribute("href", `/candidates/new?pool=${poolId}`);
    const openNav = page.getByRole("button", { name: "Open navigation" });
    if (await openNav.isVisible()) await openNav.click();
    const navLink = page.getByRole("navigation").getByRole("link", { name: "Add candidate" }).filter({ visible: true });
    await expect(navLink).toHaveAttribute("href", `/candidates/new?pool=${poolId}`);
    await navLink.click();
    await expect(page).toHaveURL(new RegExp(`/candidates/new\\?pool=${poolId}$`));
    await expect(page.getByRole("combobox", { name: /^Add to/ })).toHaveValue(`talent_pool:${poolId}`);
  });

  test("the duplicate check fills in the name of the person it finds, and leaves a typed name alone", async ({ page }) => {
    const pools = await sandboxApi<{ id: number }[]>("GET", "/api/v1/client/talent-pools/");
    const email = uniqueEmail("known-person");
    await addCandidateDirectly(email, pools[0]!.id, { first: "Grace", last: "Hopper" });
    await signIn(page, workspace.member);
    await page.goto(`/candidates/new?pool=${pools[1]?.id ?? pools[0]!.id}`);
    const form = page.getByRole("form", { name: "Add a candidate" });
    await form.getByRole("textbox", { name: "Last name" }).fill("Typed");
    await form.getByRole("textbox", { name: "Email" }).fill(email);
    await form.getByRole("textbox", { name: "Email" }).blur();
    await expect(form.getByRole("textbox", { name: "First name" })).toHaveValue("Grace");
    await expect(form.getByRole("textbox", { name: "Last name" })).toHaveValue("Typed");
  });

  test("Quick add marks its required fields", async ({ page }) => {
    await signIn(page, workspace.member, "/quick-add");
    await page.goto("/quick-add");
    const form = page.getByRole("form", { name: "Quick add a candidate" });
    await expect(form.getByText("Fields marked * are required.")).toBeVisible();
    // The marker is aria-hidden: the accessible names stay "First name" etc., and aria-required says it.
    const required = [
      form.getByRole("textbox", { name: "First name", exact: true }),
      form.getByRole("textbox", { name: "Last name", exact: true }),
      form.getByRole("textbox", { name: "Email", exact: true }),
      form.getByRole("combobox", { name: "Add to", exact: true }),
      form.getByLabel(/^CV/),
    ];
    for (const control of required) {
      await expect(control).toHaveAttribute("aria-required", "true");
      const id = await control.getAttribute("id");
      await expect(form.locator(`label[for="${id}"]`)).toContainText("*");
    }
    await expect(form.getByRole("textbox", { name: "Phone (optional)" })).not.toHaveAttribute("aria-required", "true");
    await expectNoSeriousA11yViolations(page, "quick add");
  });
});
