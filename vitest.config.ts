import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// "server-only" throws outside React Server Components; tests run that code in plain Node.
const serverOnly = { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "sandbox/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          environment: "node",
          // The property-based tests run hundreds of cases each: seconds on a quiet machine, more on a loaded one.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/contract/**/*.test.ts"],
          environment: "node",
          // next-auth's ESM imports "next/server" without an extension, which Node cannot resolve on its
          // own; bundled through Vite it resolves (tests/integration/sessions.test.ts runs Auth.js's handlers).
          server: { deps: { inline: ["next-auth"] } },
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database per run; files run one after another so they can share it safely.
          fileParallelism: false,
        },
      },
    ],
  },
});
