// `npm run bench`: builds the app into .next-bench, starts it and the sandbox (50 ms latency) side by
// side, and measures proxy overhead, CV upload, caching and page speed. Prints each goal beside its
// figure and writes the raw results as JSON. Not part of the pass/fail test run.
//   BENCH_SKIP_BUILD=1      reuse an existing .next-bench build
//   BENCH_ONLY=calls,bulk,proxy,upload,cache,pages,index,cv,cv-fill   run a subset ("index" alone builds nothing)
//   BENCH_BULK_LIMIT        the app's per-key limit for the bulk-tag step (default 100, the real one: ~1 min)
//   BENCH_INDEX_PG_URL      also measure the workspace index on this (emptied) PostgreSQL database
//   BENCH_SECONDS, BENCH_SEQUENTIAL, BENCH_LH_RUNS   sizes (defaults 10 s, 200 requests, 1 run)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { benchEnv, buildApp, freshDatabase, startApp, startSandboxProcess, type Started } from "./lib/processes";
import { formatTable, ms, x, type Row } from "./lib/report";
import { sandboxApi } from "./lib/sandbox-api";
import { actionId } from "../tests/support/built-app/server-actions";
import { getOk, signInCookie } from "../tests/support/built-app/session";
import { measureCache, type CacheResult } from "./scenarios/cache";
import { BUSY_MINUTE, CALLS_BEFORE, KEY_BUDGET_PER_MINUTE, measureCallsPerFlow, type CallsResult } from "./scenarios/calls-per-flow";
import { measureBulkTag, type BulkTagResult } from "./scenarios/bulk-tag";
import { measurePageSpeed, type PageSpeed } from "./scenarios/lighthouse";
import { measureFloor, measureProxy, type ProxyResult } from "./scenarios/proxy";
import { measureDuplicateCheckAction } from "./scenarios/action-proxy";
import { measureUpload, type UploadResult } from "./scenarios/upload";
import { execFileSync } from "node:child_process";
import type { IndexSearchResult } from "./scenarios/index-search";
import { cvAccuracyRows, measureCvAccuracy, type CvAccuracyResult } from "./scenarios/cv-accuracy";
import { cvFillSpeedRows, measureCvFillSpeed, type CvFillSpeed } from "./scenarios/cv-fill-speed";

const SANDBOX_LATENCY_MS = 50;
const only = new Set((process.env.BENCH_ONLY || "calls,bulk,proxy,upload,cache,pages,index,cv,cv-fill").split(",").map((s) => s.trim()));
const seconds = Number(process.env.BENCH_SECONDS || 10);
const sequentialCount = Number(process.env.BENCH_SEQUENTIAL || 200);
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS || 1);
const candidatePath = (id: number) => (process.env.BENCH_CANDIDATE_PATH || "/candidates/{id}").replace("{id}", String(id));
const quickAddPath = process.env.BENCH_QUICK_ADD_PATH || "/quick-add";
// The app's own per-key limiter (100 calls/min by default) would throttle a load test; lift it like the sandbox's.
const appLimiterEnv: Record<string, string> = { RECRUSPACE_RATE_LIMIT_PER_MINUTE: "10000000" };

const env = benchEnv();
/** Uploads of 20 MiB per side: five left the time ratio spreading 1.1–1.7× between runs on a fast machine. */
const UPLOAD_RUNS = 11;
/** Thrown to skip the app's build and servers when only in-process scenarios were asked for. */
class SkipApp extends Error {}
const distDir = env.serverEnv.NEXT_DIST_DIR!;
const results: {
  machine: Record<string, string | number>;
  proxy: ProxyResult[];
  floor?: { health: { p50: number; p99: number }; signIn: { p50: number; p99: number } };
  upload?: UploadResult;
  cache?: CacheResult;
  calls?: CallsResult;
  bulk?: BulkTagResult;
  pages?: PageSpeed[];
  index: IndexSearchResult[];
  cvAccuracy?: CvAccuracyResult;
  cvFill?: CvFillSpeed;
  errors: Record<string, string>;
} = { machine: machine(), proxy: [], index: [], errors: {} };

function machine() {
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    // Other work on the machine skews every figure; recorded so a reader can judge a run.
    loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
    sandboxLatencyMs: SANDBOX_LATENCY_MS,
    appLimiter: "RECRUSPACE_RATE_LIMIT_PER_MINUTE=10000000",
  };
}

async function step(name: string, run: () => Promise<void>) {
  if (!only.has(name)) return;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    await run();
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined;
    results.errors[name] = cause ? `${(error as Error).message} (${cause.message})` : (error as Error).message;
    console.error(`  ${name} failed: ${results.errors[name]}`);
    if (process.env.BENCH_DEBUG) console.error(error);
  }
}

// The index is measured in process against its own database, before the app build loads the machine.
const measureIndexSearch = (postgresUrl = ""): IndexSearchResult =>
  JSON.parse(execFileSync("npx", ["tsx", "--conditions=react-server", "bench/scenarios/index-search-cli.ts", postgresUrl], { encoding: "utf8" }).trim().split("\n").pop()!);
await step("index", async () => {
  results.index.push(measureIndexSearch());
  if (process.env.BENCH_INDEX_PG_URL) results.index.push(measureIndexSearch(process.env.BENCH_INDEX_PG_URL));
});

let sandbox: Started | undefined;
let app: Started | undefined;
try {
  if (![...only].some((name) => name !== "index")) throw new SkipApp();
  console.log(`Building into ${distDir} …`);
  buildApp(env);
  freshDatabase(env);
  sandbox = await startSandboxProcess(env, { latencyMs: SANDBOX_LATENCY_MS, rateLimitPerMinute: 10_000_000 });
  app = await startApp(env, appLimiterEnv);
  const api = sandboxApi(env.sandboxURL, SANDBOX_DEMO_KEY);
  const workspace = seedWorkspace();
  const cookie = await signInCookie(app.url, workspace.member);
  const pool = (await api.listPools()).find((p) => p.candidate_count > 0);
  if (!pool) throw new Error("the sandbox's demo company has no pool with candidates");
  const candidate = (await api.poolCandidates(pool.id)).results[0]!;
  const candidateId = candidate.id;
  const appUrl = app.url;

  await step("calls", async () => {
    const fresh = seedWorkspace();
    const freshCookie = await signInCookie(appUrl, fresh.member);
    // Candidates nobody viewed through the app yet (the proxy step views the first pool's first one).
    const withFiles: { id: number; email: string }[] = [];
    for (const p of (await api.listPools()).filter((p) => p.candidate_count > 0).reverse()) {
      for (const { id } of (await api.poolCandidates(p.id)).results) {
        const detail = (await api.getCandidate(id)) as { id: number; email?: string; photo?: unknown; cv?: { name?: string } | null };
        if (detail.photo && detail.cv?.name?.toLowerCase().endsWith(".pdf") && detail.email) withFiles.push({ id, email: detail.email });
        if (withFiles.length >= 3) break;
      }
      if (withFiles.length >= 3) break;
    }
    results.calls = await measureCallsPerFlow({
      appURL: appUrl,
      cookie: freshCookie,
      tenantId: fresh.tenantId,
      sandbox: api,
      candidates: withFiles,
      poolId: pool.id,
      actions: {
        checkDuplicate: actionId(distDir, "checkDuplicate", "candidates/new/actions.ts"),
        createCandidate: actionId(distDir, "createCandidate", "candidates/new/actions.ts"),
        addNote: actionId(distDir, "addCandidateNoteAction", "candidates/[id]/actions.ts"),
        createPool: actionId(distDir, "createTalentPoolAction", "talent-pools/actions.ts"),
      },
    });
  });

  await step("bulk", async () => {
    // A second instance of the build with the per-key limit under test (the first one's is lifted for load tests).
    const limit = Number(process.env.BENCH_BULK_LIMIT || KEY_BUDGET_PER_MINUTE);
    const bulkApp = await startApp(env, { RECRUSPACE_RATE_LIMIT_PER_MINUTE: String(limit) }, Number(process.env.BENCH_BULK_PORT || env.port + 1));
    try {
      const fresh = seedWorkspace();
      const freshCookie = await signInCookie(bulkApp.url, fresh.member);
      const created = await fetch(`${env.sandboxURL}/api/v1/client/talent-pools/create/`, {
        method: "POST",
        headers: { ...api.authHeaders, "Content-Type": "application/json" },
        body: JSON.stringify({ name: `Bench bulk ${Date.now()}` }),
      });
      const bulkPool = (await created.json()) as { id: number };
      const candidateIds: number[] = [];
      for (let n = 0; n < 100; n += 1) {
        const response = await fetch(`${env.sandboxURL}/api/v1/client/candidates/manual-add/`, {
          method: "POST",
          headers: { ...api.authHeaders, "Content-Type": "application/json" },
          body: JSON.stringify({ email: `bench-bulk-${n}-${Date.now()}@bench.example`, first_name: "Bench", last_name: `Bulk ${n}`, talent_pool_id: bulkPool.id }),
        });
        candidateIds.push(((await response.json()) as { id: number }).id);
      }
      results.bulk = await measureBulkTag({
        appURL: bulkApp.url,
        cookie: freshCookie,
        tenantId: fresh.tenantId,
        poolPageUrl: `${bulkApp.url}/talent-pools/${bulkPool.id}`,
        candidateIds,
        limitPerMinute: limit,
        actions: { bulkTag: actionId(distDir, "bulkTagAction", "candidates/bulk-actions.ts"), bulkFinished: actionId(distDir, "bulkFinishedAction", "candidates/bulk-actions.ts") },
        sandbox: api,
      });
    } finally {
      await bulkApp.stop();
    }
  });

  await step("proxy", async () => {
    const load = { cookie, sandbox: api, sequentialCount, connections: 20, seconds, appRootPid: app!.child.pid! };
    results.floor = {
      health: await measureFloor(`${appUrl}/api/health`, cookie, sequentialCount),
      signIn: await measureFloor(`${appUrl}/sign-in`, "", sequentialCount),
    };
    await getOk(`${appUrl}${candidatePath(candidateId)}`, cookie);
    results.proxy.push(
      await measureProxy({ ...load, operation: "get candidate page (the shared answer, ≤ 60 s)", cached: true, directUrl: `${env.sandboxURL}${api.candidatePath(candidateId)}`, appUrl: `${appUrl}${candidatePath(candidateId)}` }),
    );
    results.proxy.push(
      await measureDuplicateCheckAction({
        ...load,
        appURL: appUrl,
        actionId: actionId(distDir, "checkDuplicate", "candidates/new/actions.ts"),
        email: candidate.email,
        candidateId,
        sandboxURL: env.sandboxURL,
      }),
    );
    results.proxy.push(
      await measureProxy({ ...load, operation: "list talent pools (app cache, 30 s)", cached: true, directUrl: `${env.sandboxURL}${api.poolsPath}`, appUrl: `${appUrl}/talent-pools` }),
    );
  });

  await step("upload", async () => {
    results.upload = await measureUpload({ appURL: appUrl, cookie, tenantId: workspace.tenantId, sandboxURL: env.sandboxURL, sandbox: api, appRootPid: app!.child.pid!, sandboxRootPid: sandbox!.child.pid!, runs: UPLOAD_RUNS });
  });

  await step("cache", async () => {
    const fresh = seedWorkspace();
    const freshCookie = await signInCookie(appUrl, fresh.member);
    const createPoolActionId = actionId(distDir, "createTalentPoolAction", "talent-pools/actions.ts");
    results.cache = await measureCache({ appURL: appUrl, cookie: freshCookie, tenantId: fresh.tenantId, sandbox: api, createPoolActionId });
  });

  await step("pages", async () => {
    results.pages = await measurePageSpeed({ appURL: appUrl, cookie, paths: [quickAddPath, candidatePath(candidateId), "/talent-pools"], runs: lighthouseRuns });
  });

  await step("cv", async () => {
    results.cvAccuracy = await measureCvAccuracy();
  });

  await step("cv-fill", async () => {
    results.cvFill = await measureCvFillSpeed({ appURL: appUrl, cookie });
  });
} catch (error) {
  if (error instanceof SkipApp) console.log("Only the index was asked for: no app build.");
  else {
    results.errors.setup = (error as Error).message;
    console.error(`set-up failed: ${(error as Error).message}`);
  }
} finally {
  await app?.stop();
  await sandbox?.stop();
}

const outFile = path.join(env.artifacts, "bench-results.json");
fs.mkdirSync(env.artifacts, { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
console.log(
  `\nMachine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.date}, load ${results.machine.loadAverage1m} at start, ${os.loadavg()[0]!.toFixed(2)} at end`,
);
console.log(`Sandbox latency ${SANDBOX_LATENCY_MS} ms; raw results in ${path.relative(process.cwd(), outFile)}\n`);
console.log(formatTable(rows()));
for (const result of results.proxy) {
  const calls = Object.entries(result.upstreamPerView).map(([route, n]) => `${route} ×${n}`).join(", ") || "none";
  console.log(`${result.appPath}: upstream calls per view: ${calls}`);
}
for (const [name, message] of Object.entries(results.errors)) console.log(`\n${name}: FAILED — ${message}`);
process.exit(Object.keys(results.errors).length ? 1 : 0);

function seconds1(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const result of results.proxy) {
    const cached = result.cached;
    for (const [mode, pair] of [["sequential", result.sequential], ["20 concurrent", result.concurrent]] as const) {
      const label = `${result.operation}, ${mode}`;
      out.push({
        benchmark: `${label}: p50 app/direct`,
        goal: cached ? "(info) ≤ 1.10×" : "≤ 1.10×",
        figure: `${ms(pair.app.p50)} / ${ms(pair.direct.p50)} = ${x(pair.p50Ratio)} (+${ms(pair.app.p50 - pair.direct.p50)})`,
        met: cached ? null : pair.p50Ratio <= 1.1,
      });
      out.push({
        benchmark: `${label}: p99 app/direct`,
        goal: cached ? "(info) ≤ 1.25×" : "≤ 1.25×",
        figure: `${ms(pair.app.p99)} / ${ms(pair.direct.p99)} = ${x(pair.p99Ratio)}`,
        met: cached ? null : pair.p99Ratio <= 1.25,
      });
    }
    out.push({ benchmark: `${result.operation}: app server CPU per request`, goal: "(info)", figure: ms(result.appCpuMsPerRequest), met: null });
  }
  if (results.floor) {
    const { health, signIn } = results.floor;
    out.push({ benchmark: "App floor, no upstream call: GET /api/health", goal: "(info)", figure: `p50 ${ms(health.p50)}, p99 ${ms(health.p99)}`, met: null });
    out.push({ benchmark: "App floor, no upstream call: GET /sign-in page", goal: "(info)", figure: `p50 ${ms(signIn.p50)}, p99 ${ms(signIn.p99)}`, met: null });
  }
  const upload = results.upload;
  if (upload) {
    out.push({ benchmark: "CV upload 20 MiB: time app/direct", goal: "≤ 1.30×", figure: `${ms(upload.appMs)} / ${ms(upload.directMs)} = ${x(upload.timeRatio)}`, met: upload.timeRatio <= 1.3 });
    out.push({
      benchmark: "CV upload 20 MiB: app peak RSS growth",
      goal: "≤ 8 MiB",
      figure: `${upload.peakRssGrowthMiB.toFixed(1)} MiB (median ${upload.medianRssGrowthMiB.toFixed(1)} MiB, ${upload.runs} runs; 2 MiB file: median ${upload.smallFileMedianRssGrowthMiB.toFixed(1)} MiB)`,
      met: upload.peakRssGrowthMiB <= 8,
    });
    out.push({
      benchmark: "CV upload 20 MiB: CPU per upload, app server / sandbox",
      goal: "(info)",
      figure: `${ms(upload.appCpuMsPerUpload)} / ${ms(upload.sandboxCpuMsPerUpload)}`,
      met: null,
    });
  }
  const calls = results.calls;
  if (calls) {
    for (const flow of calls.flows) {
      const routes = Object.entries(flow.routes).map(([route, n]) => `${route.replace("/api/v1/client", "")} ×${n}`).join(", ") || "none";
      out.push({ benchmark: `Calls: ${flow.flow}`, goal: `${flow.goal}`, figure: `${flow.calls} (${routes})`, met: flow.calls <= flow.goal });
    }
    const before =
      BUSY_MINUTE.candidateViews * CALLS_BEFORE.candidateView +
      BUSY_MINUTE.searches * CALLS_BEFORE.searchAndOpen +
      BUSY_MINUTE.adds * CALLS_BEFORE.add +
      BUSY_MINUTE.listViews * CALLS_BEFORE.listView +
      BUSY_MINUTE.notes * CALLS_BEFORE.note;
    out.push({
      benchmark: `Recruiters one key serves (${calls.recruiters.mix})`,
      goal: "(info)",
      figure: `${calls.recruiters.recruitersPerKey} (${calls.recruiters.callsPerMinute} calls a minute each; before: ${Math.floor(KEY_BUDGET_PER_MINUTE / before)} at ${before})`,
      met: null,
    });
  }
  const bulk = results.bulk;
  if (bulk) {
    const others = Object.entries(bulk.otherCalls).map(([route, n]) => `${route} ×${n}`).join(", ");
    out.push({
      benchmark: `Bulk tag ${bulk.people} people: upstream calls`,
      goal: `${bulk.people} add-tag, nothing else`,
      figure: `${bulk.addTagCalls} add-tag${others ? `, ${others}` : ", nothing else"} (${bulk.summary.done} tagged, ${bulk.summary.failed} failed)`,
      met: bulk.addTagCalls === bulk.people && !others && bulk.summary.done === bulk.people,
    });
    out.push({
      benchmark: `Bulk tag ${bulk.people} people at ${bulk.limitPerMinute}/min per key: time / budget floor`,
      goal: "≤ 1.10× the floor",
      figure: `${seconds1(bulk.ms)} / ${seconds1(bulk.floorMs)} = ${bulk.floorMs ? x(bulk.ms / bulk.floorMs) : "no floor"} (told to wait ${bulk.waits}×, longest ${bulk.longestWaitSeconds} s)`,
      met: bulk.floorMs > 0 ? bulk.ms <= bulk.floorMs * 1.1 : null,
    });
  }
  for (const index of results.index) {
    out.push({
      benchmark: `Workspace index search, ${index.people} people, ${index.database}: p50 / p99 (${index.queries} queries)`,
      goal: "p99 ≤ 50 ms",
      figure: `${ms(index.p50)} / ${ms(index.p99)}`,
      met: index.p99 <= 50,
    });
  }
  const cache = results.cache;
  if (cache) {
    out.push({ benchmark: "Cache: pools list, first view", goal: "(info) ≥ 1", figure: `${cache.poolsFirst} upstream calls`, met: null });
    out.push({ benchmark: "Cache: pools list, repeat view", goal: "0 calls", figure: `${cache.poolsRepeat} upstream calls`, met: cache.poolsRepeat === 0 });
    out.push({ benchmark: "Cache: posts list, first view", goal: "(info) ≥ 1", figure: `${cache.postsFirst} upstream calls`, met: null });
    out.push({ benchmark: "Cache: posts list, repeat view", goal: "0 calls", figure: `${cache.postsRepeat} upstream calls`, met: cache.postsRepeat === 0 });
    out.push({
      benchmark: "Cache: pools list after creating a pool",
      goal: "0 calls, the new pool listed",
      figure: `${cache.poolsAfterCreate} calls${cache.poolsAfterCreate ? ` (${Object.entries(cache.poolsAfterCreateRoutes).map(([route, n]) => `${route} ×${n}`).join(", ")})` : ""}, ${cache.createdPoolListed ? "listed" : "NOT listed"}`,
      met: cache.poolsAfterCreate === 0 && cache.createdPoolListed,
    });
  }
  for (const page of results.pages ?? []) {
    const isQuickAdd = page.path === quickAddPath;
    const goal = isQuickAdd ? 95 : 90;
    if (page.missing) {
      out.push({ benchmark: `Lighthouse mobile ${page.path}`, goal: `≥ ${goal}`, figure: "route not in this build (404)", met: false });
      continue;
    }
    out.push({ benchmark: `Lighthouse mobile ${page.path}: performance`, goal: `≥ ${goal}`, figure: String(page.score), met: page.score >= goal });
    out.push({ benchmark: `Lighthouse mobile ${page.path}: LCP / TBT / CLS`, goal: "(info)", figure: `${ms(page.lcpMs)} / ${ms(page.tbtMs)} / ${page.cls.toFixed(3)}`, met: null });
    out.push({
      benchmark: `JS shipped ${page.path} (gzip)`,
      goal: isQuickAdd ? "≤ 150 KB" : "(info)",
      // The goal says KB: held to 150 000 bytes (146.5 KiB), the stricter reading.
      figure: `${page.jsGzipKiB.toFixed(1)} KiB (${((page.jsGzipKiB * 1024) / 1000).toFixed(1)} kB) in ${page.scripts} scripts`,
      met: isQuickAdd ? page.jsGzipKiB * 1024 <= 150_000 : null,
    });
  }
  if (results.cvAccuracy) out.push(...cvAccuracyRows(results.cvAccuracy));
  if (results.cvFill) out.push(...cvFillSpeedRows(results.cvFill));
  return out;
}
