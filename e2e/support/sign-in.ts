import { expect, type Page } from "@playwright/test";

/**
 * Signs in through the real form and waits until the app has left the sign-in page. The form is the
 * one at the project's base URL unless `baseURL` names another instance.
 */
export async function signIn(page: Page, creds: { email: string; password: string }, next?: string, baseURL = ""): Promise<void> {
  await page.goto(`${baseURL}${next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}`);
  await page.getByLabel("Email").fill(creds.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(creds.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
}
