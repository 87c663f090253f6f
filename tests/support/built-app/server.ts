// Starts what the e2e specs talk to: a fresh, migrated database, the Recruspace sandbox and
// `next start` on the build in NEXT_DIST_DIR (run `npm run build` first). All server output goes
// to a log file as well, so the key-leak check can read every line the app printed.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import { startSandbox } from "../../../sandbox/server";
import { e2eEnv } from "./env";

const env = e2eEnv();
fs.rmSync(env.artifacts, { recursive: true, force: true });
fs.mkdirSync(env.artifacts, { recursive: true });
const processEnv = { ...process.env, ...env.serverEnv };
if (!process.env.E2E_DATABASE_URL) execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "inherit", env: processEnv });

const sandbox = await startSandbox({
  port: env.sandboxPort,
  rateLimitPerMinute: Number(env.serverEnv.SANDBOX_RATE_LIMIT_PER_MINUTE),
});
console.log(`sandbox on ${sandbox.url}`);

const log = fs.createWriteStream(env.serverLog, { flags: "a" });
const next = spawn("npx", ["next", "start", "-p", String(env.port)], { env: processEnv, stdio: ["ignore", "pipe", "pipe"] });
next.stdout.on("data", (chunk) => {
  log.write(chunk);
  process.stdout.write(chunk);
});
next.stderr.on("data", (chunk) => {
  log.write(chunk);
  process.stderr.write(chunk);
});

const stop = async () => {
  next.kill("SIGTERM");
  await sandbox.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
next.on("exit", (code) => {
  console.error(`next start exited with ${code}`);
  process.exit(code ?? 1);
});
