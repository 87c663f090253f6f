import { expect, test } from "./support/fixtures";

/** Every page has an icon (no favicon.ico 404), and Quick add can be added to a phone's home screen. */
test("the app has an icon and a web manifest that opens Quick add", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ short_name: "Quick add", start_url: "/quick-add", icons: [expect.objectContaining({ src: "/icon.svg" })] });
});

test("pages link the icon and the manifest", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/icon\.svg/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});
