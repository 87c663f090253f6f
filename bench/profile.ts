// `npm run bench:profile`: where does the app's time go on one signed-in request? Starts the built
// app (NEXT_DIST_DIR, default .next-bench; build it first with `npm run bench` or `next build`) under
// `--cpu-prof` next to the sandbox, makes PROFILE_REQUESTS sequential requests to PROFILE_PATH
// (default: a candidate page; `action:checkDuplicate` calls that server action instead), stops the
// server and prints the heaviest functions and packages by self time. Not part of the test run.
import fs from "node:fs";
import path from "node:path";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { benchEnv, freshDatabase, startApp, startSandboxProcess } from "./lib/processes";
import { sandboxApi } from "./lib/sandbox-api";
import { actionId, callAction } from "../tests/support/built-app/server-actions";
import { getOk, signInCookie } from "../tests/support/built-app/session";
import { summarizeCpuProfile } from "./lib/cpu-profile";
import { bigPdf } from "./scenarios/upload";

const requests = Number(process.env.PROFILE_REQUESTS || 300);
const target = process.env.PROFILE_PATH || "/candidates/{id}";
const env = benchEnv();
const profileDir = path.join(env.artifacts, "cpu-profiles");

freshDatabase(env);
fs.rmSync(profileDir, { recursive: true, force: true });
const sandbox = await startSandboxProcess(env, { latencyMs: 50, rateLimitPerMinute: 10_000_000 });
const app = await startApp(env, { RECRUSPACE_RATE_LIMIT_PER_MINUTE: "10000000" }, env.port, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
try {
  const api = sandboxApi(env.sandboxURL, SANDBOX_DEMO_KEY);
  const workspace = seedWorkspace();
  const cookie = await signInCookie(app.url, workspace.member);
  const pool = (await api.listPools()).find((p) => p.candidate_count > 0)!;
  const candidate = (await api.poolCandidates(pool.id)).results[0]!;
  const once = target === "upload"
    ? (() => {
        const pdf = bigPdf();
        return async () => {
          const response = await fetch(`${app.url}/api/uploads/cv`, {
            method: "POST",
            headers: { Cookie: cookie, "Content-Type": "application/pdf", "X-File-Name": "bench-cv.pdf", "X-Tenant": workspace.tenantId },
            body: pdf,
          });
          if (response.status !== 201) throw new Error(`upload → HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
          await response.arrayBuffer();
        };
      })()
    : target.startsWith("action:")
    ? (() => {
        const id = actionId(env.serverEnv.NEXT_DIST_DIR!, target.slice("action:".length), "candidates/new/actions.ts");
        return () => callAction(`${app.url}/candidates/new`, id, cookie, [{ email: candidate.email }]);
      })()
    : () => getOk(`${app.url}${target.replace("{id}", String(candidate.id))}`, cookie);
  for (let i = 0; i < 20; i++) await once();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await once();
  console.log(`${requests} × ${target}: ${((performance.now() - started) / requests).toFixed(1)} ms each (wall, incl. 50 ms upstream)`);
} finally {
  await app.stop();
  await sandbox.stop();
}
const profiles = fs.existsSync(profileDir) ? fs.readdirSync(profileDir).map((name) => path.join(profileDir, name)) : [];
const biggest = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
if (!biggest) throw new Error(`no CPU profile was written to ${profileDir}`);
console.log(`profile: ${biggest}`);
console.log(summarizeCpuProfile(JSON.parse(fs.readFileSync(biggest, "utf8")), 40));
