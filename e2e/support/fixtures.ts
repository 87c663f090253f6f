import { test as base, expect } from "@playwright/test";
import { describeSecret, findSecrets } from "../../tests/support/built-app/secrets";

/**
 * Every spec imports `test` from here: an automatic fixture reads every response the browser receives
 * (HTML, RSC payloads, JS chunks, JSON) and fails the test if a raw Recruspace key appears in one.
 */
export const test = base.extend<{ leakGuard: void }>({
  leakGuard: [
    async ({ page }, use) => {
      const leaks: string[] = [];
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        pending.push(
          response
            .body()
            .then((body) => {
              for (const secret of findSecrets(body.toString("utf8"))) leaks.push(`${describeSecret(secret)} in ${response.url()}`);
            })
            .catch(() => {}),
        );
      });
      await use();
      await Promise.all(pending);
      expect(leaks, "raw API key found in a response to the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
