import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { expectNoSeriousA11yIssues } from "./support/a11y";
import { signIn } from "./support/sign-in";

/**
 * Sessions that can be ended: a copy of a session cookie (taken as a thief would, from the browser's
 * jar) is reused from outside the browser after "Sign out everywhere", after a password change and
 * after an admin removed the member. It must open nothing, and next-auth's session endpoint must not
 * trade it for a fresh token.
 */
const env = e2eEnv();

async function copiedSessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie, "a session cookie after sign-in").toBeTruthy();
  return `${cookie!.name}=${cookie!.value}`;
}

/** What the copied cookie gets: the page (200) or a redirect to sign-in, and what /api/auth/session answers. */
async function reuse(cookie: string, path = "/settings/keys") {
  const page = await fetch(`${env.baseURL}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const session = await fetch(`${env.baseURL}/api/auth/session`, { headers: { Cookie: cookie } });
  const freshToken = session.headers.getSetCookie().some((line) => /session-token=[^;]+/.test(line));
  return { status: page.status, location: page.headers.get("location"), session: await session.json(), freshToken };
}

async function openAccountMenu(page: Page) {
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
}

async function inSecondBrowser<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: env.baseURL });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test("sign out everywhere: a copied session cookie stops working and is not renewed", async ({ page }) => {
  const workspace = seedWorkspace({ apiKey: null });
  await signIn(page, workspace.admin, "/settings/keys");
  const copied = await copiedSessionCookie(page);
  const before = await reuse(copied);
  expect(before).toMatchObject({ status: 200, session: { user: { id: workspace.admin.id } }, freshToken: true });

  await openAccountMenu(page);
  await page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await expect(page.getByText("You were signed out on every device.")).toBeVisible();

  const after = await reuse(copied);
  expect(after.status).toBe(307);
  expect(after.location).toMatch(/\/sign-in/);
  expect(after.session).toBeNull();
  expect(after.freshToken).toBe(false);
  // Signing in again works as before.
  await signIn(page, workspace.admin, "/settings/keys");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
});

test("a member an admin removed is signed out everywhere at once", async ({ page, browser }) => {
  const workspace = seedWorkspace({ apiKey: null });
  const memberCookie = await inSecondBrowser(browser, async (member) => {
    await signIn(member, workspace.member, "/talent-pools");
    return copiedSessionCookie(member);
  });
  expect((await reuse(memberCookie, "/job-posts")).status).toBe(200);

  await signIn(page, workspace.admin, "/settings/team");
  await page.getByRole("button", { name: `Remove ${workspace.member.name}` }).click();
  await expect(page.getByRole("alertdialog")).toContainText("signed out on every device");
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`${workspace.member.name} was removed from the workspace.`)).toBeVisible();

  const after = await reuse(memberCookie, "/job-posts");
  expect(after.status).toBe(307);
  expect(after.location).toMatch(/\/sign-in/);
  expect(after.session).toBeNull();
  expect(after.freshToken).toBe(false);
});

test("change password: the policy applies, other sessions end, this one stays", async ({ page, browser }) => {
  const workspace = seedWorkspace({ apiKey: null });
  const otherDevice = await inSecondBrowser(browser, async (other) => {
    await signIn(other, workspace.member);
    return copiedSessionCookie(other);
  });
  await signIn(page, workspace.member, "/job-posts");
  await openAccountMenu(page);
  await page.getByRole("menuitem", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/settings\/password$/);
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  const current = page.getByRole("textbox", { name: "Current password", exact: true });
  const next = page.getByRole("textbox", { name: "New password", exact: true });
  await current.fill(workspace.member.password);
  await next.fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too common.")).toBeVisible();

  const newPassword = `${workspace.member.password}-renewed`;
  await current.fill("Not-my-current-password-1");
  await next.fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();

  await current.fill(workspace.member.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  // This browser is still signed in; the other device's cookie is not, and is not renewed.
  await page.goto("/job-posts");
  await expect(page).toHaveURL(/\/job-posts/);
  const other = await reuse(otherDevice, "/job-posts");
  expect(other).toMatchObject({ status: 307, session: null, freshToken: false });

  await inSecondBrowser(browser, async (fresh) => {
    await fresh.goto("/sign-in");
    await fresh.getByLabel("Email").fill(workspace.member.email);
    await fresh.getByRole("textbox", { name: "Password", exact: true }).fill(workspace.member.password);
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await expect(fresh.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
    await signIn(fresh, { email: workspace.member.email, password: newPassword });
  });
});
