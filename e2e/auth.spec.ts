import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yIssues } from "./support/a11y";
import { signIn } from "./support/sign-in";
import { SIGN_UP_ANSWER } from "../lib/tenancy/sign-up-answer";

/** The user menu names the active workspace on every screen size. */
async function expectActiveWorkspace(page: Page, tenantName: string) {
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await expect(page.getByRole("menu")).toContainText(`of ${tenantName}`);
  await page.keyboard.press("Escape");
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test("sign up creates a workspace; sign out; sign in again", async ({ page }) => {
  const id = randomBytes(4).toString("hex");
  const email = `founder-${id}@e2e.test`;
  const password = `Founder-pass-${id}-x`;
  await page.goto("/sign-up");
  await expectNoSeriousA11yIssues(page);

  await page.getByLabel("Your name").fill("Fran Founder");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("password1234");
  await page.getByLabel("Company workspace name").fill(`Founder Co ${id}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("This password is too common.")).toBeVisible();

  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Create workspace" }).click();
  // Sign-up answers every email the same way (it never says whether one is registered): sign in next.
  await expect(page).toHaveURL(/\/sign-in\?signedUp=1/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: SIGN_UP_ANSWER.title })).toContainText(SIGN_UP_ANSWER.message);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expectActiveWorkspace(page, `Founder Co ${id}`);

  await signOut(page);
  await page.goto("/settings/team");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Fteam/);

  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/team/);
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();

  // The session holds the user id only, in an httpOnly cookie the page's scripts cannot read.
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user)).toEqual(["id"]);
  const cookies = await page.context().cookies();
  const sessionCookie = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test("sign-up answers an email that already has an account exactly as it answers a new one", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  const answerTo = async (email: string) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Copy Cat");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("Another-long-pass-99");
    await page.getByLabel("Company workspace name").fill("Copy Co");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedUp=1/, { timeout: 20_000 });
    const url = new URL(page.url());
    url.searchParams.delete("email");
    return { path: `${url.pathname}${url.search}`, notice: await page.getByRole("status").filter({ hasText: SIGN_UP_ANSWER.title }).innerText() };
  };
  const existing = await answerTo(workspace.admin.email);
  const fresh = await answerTo(`copy-${randomBytes(4).toString("hex")}@e2e.test`);
  expect(existing).toEqual(fresh);
  expect(existing.notice).toContain("ask one of its admins to invite");
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  // The existing account kept its password: only the owner's own password signs in.
  await page.getByLabel("Email").fill(workspace.admin.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(workspace.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
});

test("wrong password shows a generic message, then repeated failures are throttled", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await page.goto("/sign-in");
  await expectNoSeriousA11yIssues(page);
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(workspace.admin.email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await attempt("Not-the-right-password-1");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  for (let i = 2; i <= 5; i++) {
    await attempt(`Not-the-right-password-${i}`);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await attempt(workspace.admin.password);
  await expect(page.getByRole("alert").filter({ hasText: /Too many failed sign-ins\. Try again in 1[45] minutes\./ })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown email gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`nobody-${randomBytes(4).toString("hex")}@e2e.test`);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("Some-long-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
});

test("the seeded member signs in and out", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.member);
  await signOut(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
