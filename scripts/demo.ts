// `npm run demo`: the whole product on embedded defaults — a SQLite file, the local Recruspace
// sandbox, a seeded demo workspace whose vault holds a sandbox key — built and served on :3000.
// `npm run dev` does the same with `next dev` instead of a production build.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startSandbox } from "../sandbox/server";
import { demoSignInText } from "./lib/demo-accounts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT || 4010);
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

fs.mkdirSync("data", { recursive: true });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET || readOrCreateSecret(path.join("data", ".auth-secret")),
  AUTH_TRUST_HOST: "true",
  AUTH_URL: process.env.AUTH_URL || `http://localhost:${port}`,
  RECRUSPACE_DEMO: "1",
  SANDBOX_URL: sandboxUrl,
  RECRUSPACE_ALLOWED_BASE_URLS: [process.env.RECRUSPACE_ALLOWED_BASE_URLS, sandboxUrl].filter(Boolean).join(","),
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  // The sign-in is printed once the app answers, last, where it is seen.
  DEMO_PRINTS_SIGN_IN_LATER: "1",
};

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(cmd: string, args: string[]) {
  execFileSync(cmd, args, { stdio: "inherit", env });
}

run("npx", ["tsx", "scripts/migrate.ts"]);
const sandbox = await startSandbox({
  port: sandboxPort,
  persistFile: process.env.SANDBOX_PERSIST_FILE || path.join("data", "sandbox.json"),
});
console.log(`Recruspace sandbox listening on ${sandbox.url}`);
run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"]);
if (!dev && !process.env.SKIP_BUILD) {
  console.log("\nBuilding the app for production (about half a minute)…");
  run("npx", ["next", "build"]);
}

const server = spawn("npx", ["next", dev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env: { ...env, NODE_ENV: dev ? "development" : "production" } });
void announceWhenReady();

/** Waits until the app answers, then prints where it is and how to sign in, as the last thing on the screen. */
async function announceWhenReady(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const ready = await fetch(`http://localhost:${port}/api/health`).then((response) => response.ok, () => false);
    if (ready) {
      console.log(`\nRecruspace Admin is ready: http://localhost:${port}\n${demoSignInText()}\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
const stop = async () => {
  server.kill("SIGTERM");
  await sandbox.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await sandbox.close();
  process.exit(code ?? 0);
});
