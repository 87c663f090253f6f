import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yIssues } from "./support/a11y";
import { signIn } from "./support/sign-in";

async function createInviteLink(page: Page, email: string, role: "Member" | "Admin" = "Member"): Promise<string> {
  await page.goto("/settings/team");
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await form.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByLabel("Invite link");
  await expect(link).toBeVisible();
  return link.inputValue();
}

async function inSecondBrowser<T>(browser: Browser, baseURL: string | undefined, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test("admin invites a new person who signs up through the link; the link then stops working", async ({ page, browser, baseURL }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/team");
  await expectNoSeriousA11yIssues(page);
  const email = `invitee-${randomBytes(4).toString("hex")}@e2e.test`;
  const link = await createInviteLink(page, email);
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();

  await inSecondBrowser(browser, baseURL, async (guest) => {
    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: `Join ${workspace.tenantName}` })).toBeVisible();
    await expect(guest.getByLabel("Email")).toHaveValue(email);
    await expect(guest.getByLabel("Email")).toHaveAttribute("readonly", "");
    await guest.getByLabel("Your name").fill("Ivy Invitee");
    await guest.getByRole("textbox", { name: "Password", exact: true }).fill("Ivy-invitee-password-7");
    await guest.getByRole("button", { name: "Create account and join" }).click();
    await expect(guest).not.toHaveURL(/\/invite\//, { timeout: 20_000 });
    await guest.getByRole("button", { name: /^Account menu for Ivy Invitee/ }).click();
    await expect(guest.getByRole("menu")).toContainText(`Member of ${workspace.tenantName}`);
    await guest.keyboard.press("Escape");
    await guest.goto("/settings/team");
    await expect(guest.getByRole("heading", { name: "You need to be an admin" })).toBeVisible();
  });

  await inSecondBrowser(browser, baseURL, async (other) => {
    await other.goto(link);
    await expect(other.getByText("This invite link has already been used.")).toBeVisible();
  });

  await page.reload();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await expect(page.getByText("No pending invites.")).toBeVisible();
});

test("an existing user accepts an invite after signing in and switches between workspaces", async ({ page, browser, baseURL }) => {
  const home = seedWorkspace({ apiKey: null });
  const other = seedWorkspace({ apiKey: null });
  await signIn(page, other.admin, "/settings/team");
  const link = await createInviteLink(page, home.admin.email, "Member");

  await inSecondBrowser(browser, baseURL, async (guest) => {
    await guest.goto(link);
    await guest.getByRole("link", { name: "Sign in to join" }).click();
    await expect(guest.getByLabel("Email")).toHaveValue(home.admin.email);
    await guest.getByRole("textbox", { name: "Password", exact: true }).fill(home.admin.password);
    await guest.getByRole("button", { name: "Sign in" }).click();
    await guest.getByRole("button", { name: `Join ${other.tenantName}` }).click();
    await expect(guest).not.toHaveURL(/\/invite\//, { timeout: 20_000 });

    // Joined workspace is now active: the member cannot open its team page.
    await guest.goto("/settings/team");
    await expect(guest.getByRole("heading", { name: "You need to be an admin" })).toBeVisible();

    await guest.goto("/");
    // Phones keep the switcher in the navigation drawer; desktops show it in the sidebar.
    const openNav = guest.getByRole("button", { name: "Open navigation" });
    if (await openNav.isVisible()) await openNav.click();
    await guest.getByRole("button", { name: /Switch workspace/ }).click();
    await guest.getByRole("menuitem", { name: new RegExp(home.tenantName) }).click();
    await expect(guest.getByText(`Switched to ${home.tenantName}.`)).toBeVisible();
    await guest.goto("/settings/team");
    await expect(guest.getByRole("heading", { name: "Team" })).toBeVisible();
    await expect(guest.getByText(`Who can use ${home.tenantName}`)).toBeVisible();
  });
});

test("admin changes a member's role; the last admin cannot be demoted or removed", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/team");

  const adminRole = page.getByLabel(`Role of ${workspace.admin.name}`);
  await adminRole.selectOption("member");
  await expect(page.getByRole("alert").filter({ hasText: "A workspace needs at least one admin." })).toBeVisible();
  await expect(adminRole).toHaveValue("admin");

  await page.getByRole("button", { name: `Remove ${workspace.admin.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A workspace needs at least one admin." })).toBeVisible();

  const memberRole = page.getByLabel(`Role of ${workspace.member.name}`);
  await memberRole.selectOption("admin");
  await expect(page.getByText(`${workspace.member.name} is now an admin.`)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Role of ${workspace.member.name}`)).toHaveValue("admin");

  // With a second admin, the first may step down, and is told so on the page a member lands on.
  await page.getByLabel(`Role of ${workspace.admin.name}`).selectOption("member");
  await expect(page.getByRole("heading", { name: "You are now a member" })).toBeVisible();
  await expect(page).toHaveURL(/\/forbidden\?reason=stepped_down$/);
  // The step down held: a fresh load of the team page now sends them away.
  await page.goto("/settings/team");
  await expect(page.getByRole("heading", { name: "You need to be an admin" })).toBeVisible();
});

test("admin removes a member after confirming, and revokes an invite", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/team");
  await page.getByRole("button", { name: `Remove ${workspace.member.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`${workspace.member.name} was removed from the workspace.`)).toBeVisible();
  await expect(page.getByLabel(`Role of ${workspace.member.name}`)).toHaveCount(0);

  const email = `revoked-${randomBytes(4).toString("hex")}@e2e.test`;
  const link = await createInviteLink(page, email);
  await page.reload();
  await page.getByRole("button", { name: `Revoke invite for ${email}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText(`Invite for ${email} revoked.`)).toBeVisible();
  await page.goto(link);
  await expect(page.getByText("This invite link was revoked.")).toBeVisible();
});

test("the audit log lists this workspace's events with filters in the URL", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/team");
  await createInviteLink(page, `audited-${randomBytes(4).toString("hex")}@e2e.test`);
  await page.goto("/settings/audit");
  await expectNoSeriousA11yIssues(page);
  await expect(page.getByRole("table").getByText("member.invited", { exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByText("auth.sign_in", { exact: true }).first()).toBeVisible();

  await page.getByLabel("Action").selectOption("member.invited");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=member\.invited/);
  await expect(page.getByRole("table").getByText("auth.sign_in", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("table").getByText("member.invited", { exact: true })).toHaveCount(1);

  await page.goto("/settings/audit?to=2000-01-01");
  await expect(page.getByText("No audit events match these filters.")).toBeVisible();
});

test("a member is told the team and audit pages need an admin", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.member, "/settings/audit");
  await expect(page.getByRole("heading", { name: "You need to be an admin" })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
});
