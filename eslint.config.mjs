import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Next.js's own rules (React, hooks, accessibility, TypeScript); `npm run lint`, and a step of the test run. */
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore names what is left out on purpose (`{ removed: _removed, ...rest }`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Reports what the React Compiler would skip; the app is not compiled with it.
      "react-hooks/incompatible-library": "off",
    },
  },
  {
    // Vitest helpers named use… (useSandbox, useMasterKey) set up a test file; they are not React hooks.
    files: ["tests/**", "**/*.test.ts", "e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/db/generated/**", "e2e/.artifacts/**", ".tmp/**", "test-results/**", "playwright-report/**", "data/**"]),
]);
