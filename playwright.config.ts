import { defineConfig, devices } from "@playwright/test";
import { e2eEnv } from "./tests/support/built-app/env";

// Playwright drives Debian's Chromium (no browser download works on these machines).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

const env = e2eEnv();
// The several-instances spec starts its own servers on PostgreSQL and runs in its own CI step
// (scripts/test-all.sh); the main run neither includes it nor starts a server for that step.
const multiInstanceRun = process.env.E2E_MULTI_INSTANCE === "1";

export default defineConfig({
  testDir: "e2e",
  testIgnore: multiInstanceRun ? [] : ["**/multi-instance.spec.ts"],
  outputDir: `e2e/.artifacts/results-${env.port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: env.baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions },
      // Phone runs cover the flows a phone user has; desktop-only specs opt out with a tag.
      grepInvert: /@desktop-only/,
    },
  ],
  webServer: multiInstanceRun
    ? undefined
    : {
        command: "npx tsx tests/support/built-app/server.ts",
        url: `${env.baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "pipe",
        stderr: "pipe",
        env: env.serverEnv,
      },
});
