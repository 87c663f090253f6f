// `npm run bench:instances` (after a build in NEXT_DIST_DIR): two `next start` processes on one PostgreSQL
// database (BENCH_PG_URL, its public schema is wiped) and one sandbox with Recruspace's real limit (100 a
// minute per key), under load from the bench for BENCH_SECONDS (default 120): the most API requests the
// sandbox saw for the key in any 60 s (refused ones included), a page view's p50/p99 on each instance,
// and how long a pool created through one instance takes to be listed by the other. Not a pass/fail test.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { startSandbox } from "../sandbox/server";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { signInCookie } from "../tests/support/built-app/session";
import { benchEnv, ROOT, startApp, type Started } from "./lib/processes";
import { percentile } from "./lib/stats";
import path from "node:path";
import { mostInAnyWindow } from "../tests/support/rate-window";

const databaseUrl = process.env.BENCH_PG_URL;
if (!databaseUrl) {
  console.error("BENCH_PG_URL is not set (scripts/ci/start-postgres.sh prints one; its schema is wiped).");
  process.exit(2);
}
const seconds = Number(process.env.BENCH_SECONDS || 120);
const clientsPerInstance = Number(process.env.BENCH_CLIENTS || 3);
const env = benchEnv();

const pgClient = new pg.Client({ connectionString: databaseUrl });
await pgClient.connect();
await pgClient.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
await pgClient.end();

const sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100, latencyMs: 50 });
const serverEnv = { ...env.serverEnv, DATABASE_URL: databaseUrl, RECRUSPACE_ALLOWED_BASE_URLS: sandbox.url, RECRUSPACE_RATE_LIMIT_PER_MINUTE: "100" };
execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/migrate.ts"], { cwd: ROOT, env: { ...process.env, ...serverEnv }, stdio: ["ignore", "ignore", "inherit"] });
const key = sandbox.addKey("acme")!;
const workspace = seedWorkspace({ apiKey: key, sandboxURL: sandbox.url, serverEnv: serverEnv as unknown as NodeJS.ProcessEnv });
const apps: Started[] = [];
try {
  apps.push(await startApp(env, serverEnv, env.port + 7), await startApp(env, serverEnv, env.port + 8));
  const cookie = await signInCookie(apps[0]!.url, workspace.member);
  const acme = sandbox.store.companyForKey(key)!.id;
  const ids = sandbox.store.state.candidates.filter((c) => c.companyId === acme).map((c) => c.id);
  sandbox.resetRequests();

  // Each client views random candidates (most answers are not cached yet) as fast as the app lets it.
  const latencies: number[][] = [[], []];
  const statuses: Record<string, number> = {};
  const until = Date.now() + seconds * 1000;
  const client = async (instance: number) => {
    while (Date.now() < until) {
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      const started = performance.now();
      const response = await fetch(`${apps[instance]!.url}/candidates/${id}`, { headers: { Cookie: cookie } }).catch(() => null);
      const body = response ? await response.text() : "";
      latencies[instance]!.push(performance.now() - started);
      const outcome = !response ? "network" : body.includes("rate-limiting") ? "rate-limited page" : String(response.status);
      statuses[outcome] = (statuses[outcome] ?? 0) + 1;
    }
  };
  // Meanwhile, a pool created through A, and how long until B lists it (B's pools list is warm).
  const poolLag = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
    const { actionId, callAction } = await import("../tests/support/built-app/server-actions");
    const id = actionId(env.serverEnv.NEXT_DIST_DIR!, "createTalentPoolAction", "talent-pools/actions.ts");
    const adminCookie = await signInCookie(apps[0]!.url, workspace.admin);
    await fetch(`${apps[1]!.url}/talent-pools`, { headers: { Cookie: adminCookie } }).then((r) => r.text());
    const name = `Bench across ${Date.now()}`;
    await callAction(`${apps[0]!.url}/talent-pools`, id, adminCookie, [workspace.tenantId, { name }]);
    const created = performance.now();
    while (performance.now() - created < 30_000) {
      const listed = await fetch(`${apps[1]!.url}/talent-pools`, { headers: { Cookie: adminCookie } }).then((r) => r.text());
      if (listed.includes(name)) return performance.now() - created;
    }
    return Number.NaN;
  })();
  await Promise.all([...Array.from({ length: clientsPerInstance }, () => client(0)), ...Array.from({ length: clientsPerInstance }, () => client(1)), poolLag]);
  const lag = await poolLag;
  const arrivals = sandbox.arrivals();
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`\nTwo instances on PostgreSQL, ${clientsPerInstance} clients each viewing random candidates for ${seconds} s (sandbox: 100/min, 50 ms latency)`);
  console.log(`- API requests the sandbox saw: ${arrivals.length}; most in any 60 s: ${mostInAnyWindow(arrivals, 60_000)} (goal ≤ 100)`);
  console.log(`- page views by outcome: ${JSON.stringify(statuses)}`);
  for (const [i, list] of latencies.entries()) console.log(`- instance ${i === 0 ? "A" : "B"}: ${list.length} views, p50 ${ms(percentile(list, 50))}, p99 ${ms(percentile(list, 99))}`);
  console.log(`- a pool created on A listed on B after ${ms(lag)} (goal ≤ 1 s)`);
} finally {
  for (const app of apps) await app.stop();
  await sandbox.close();
}
