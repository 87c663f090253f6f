import path from "node:path";

/**
 * One place for the environment of the built app under test (`next start` + the sandbox), read by
 * playwright.config.ts, the server it starts, the specs and the benchmarks. Ports and build folder are
 * overridable so several runs can share a machine.
 */
export function e2eEnv() {
  const port = Number(process.env.E2E_PORT || 3100);
  const sandboxPort = Number(process.env.E2E_SANDBOX_PORT || 4100);
  const root = path.resolve(import.meta.dirname, "..", "..", "..");
  const artifacts = path.join(root, "e2e", ".artifacts", String(port));
  const sandboxURL = `http://127.0.0.1:${sandboxPort}`;
  const serverEnv: Record<string, string> = {
    NODE_ENV: "production",
    PORT: String(port),
    E2E_PORT: String(port),
    E2E_SANDBOX_PORT: String(sandboxPort),
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
    DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${path.join(artifacts, "e2e.db")}`,
    AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    AUTH_URL: `http://localhost:${port}`,
    // Test-only master keys: k1 is old, k2 current, so re-encryption on read is exercised.
    RECRUSPACE_MASTER_KEYS: "k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=,k2:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
    RECRUSPACE_MASTER_KEY_ID: "k2",
    RECRUSPACE_ALLOWED_BASE_URLS: sandboxURL,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_RATE_LIMIT_PER_MINUTE: process.env.SANDBOX_RATE_LIMIT_PER_MINUTE || "100000",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  return {
    port,
    sandboxPort,
    sandboxURL,
    baseURL: `http://localhost:${port}`,
    artifacts,
    serverLog: path.join(artifacts, "server.log"),
    serverEnv,
  };
}
