import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { e2eEnv } from "../../tests/support/built-app/env";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Ports and build folder of the benchmark run (defaults keep it clear of other runs on the machine). */
export function benchEnv() {
  process.env.E2E_PORT ||= "3160";
  process.env.E2E_SANDBOX_PORT ||= "4160";
  process.env.NEXT_DIST_DIR ||= ".next-bench";
  return e2eEnv();
}

export type Env = ReturnType<typeof benchEnv>;

/** `next build` into NEXT_DIST_DIR, unless BENCH_SKIP_BUILD=1 and a build is already there. */
export function buildApp(env: Env): void {
  const distDir = env.serverEnv.NEXT_DIST_DIR!;
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  execFileSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env.serverEnv, NODE_ENV: "production" },
  });
}

export function freshDatabase(env: Env): void {
  fs.rmSync(env.artifacts, { recursive: true, force: true });
  fs.mkdirSync(env.artifacts, { recursive: true });
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/migrate.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env.serverEnv },
  });
}

export type Started = { child: ChildProcess; url: string; stop(): Promise<void> };

function startDetached(command: string, args: string[], extraEnv: Record<string, string>, logFile: string): ChildProcess {
  const log = fs.openSync(logFile, "a");
  return spawn(command, args, { cwd: ROOT, env: { ...process.env, ...extraEnv }, stdio: ["ignore", log, log], detached: true });
}

async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms (${last})`);
}

/** The sandbox as `npm run sandbox` runs it (startSandbox from sandbox/server.ts), in its own process. */
export async function startSandboxProcess(env: Env, options: { latencyMs: number; rateLimitPerMinute: number }): Promise<Started> {
  const child = startDetached(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["sandbox/cli.ts"],
    {
      SANDBOX_PORT: String(env.sandboxPort),
      SANDBOX_LATENCY_MS: String(options.latencyMs),
      SANDBOX_RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute),
    },
    path.join(env.artifacts, "sandbox.log"),
  );
  await waitForHttp(`${env.sandboxURL}/__sandbox/requests`);
  return { child, url: env.sandboxURL, stop: () => stopTree(child) };
}

/** `next start` on the build, with the e2e environment plus `extraEnv`. */
export async function startApp(env: Env, extraEnv: Record<string, string> = {}, port = env.port, nodeFlags: string[] = []): Promise<Started> {
  const child = startDetached(
    process.execPath,
    [...nodeFlags, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    // BENCH_APP_NODE_OPTIONS reaches the app server only (not the bench or the sandbox), to try V8 flags.
    { ...env.serverEnv, PORT: String(port), AUTH_URL: `http://localhost:${port}`, ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}), ...extraEnv },
    path.join(env.artifacts, `next-${port}.log`),
  );
  const url = `http://localhost:${port}`;
  await waitForHttp(`${url}/api/health`);
  return { child, url, stop: () => stopTree(child) };
}

/** Every pid in the process tree under `root` (next start may serve from a child process). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // process ended while we looked
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** VmRSS in bytes, or 0 when the process is gone. */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The node process that serves HTTP: the tree's member with the largest RSS (next-server). */
export function serverPid(root: number): number {
  return processTree(root).reduce((best, pid) => (rssBytes(pid) > rssBytes(best) ? pid : best), root);
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Runs `work` and reports the CPU the app server used meanwhile, per `count` operations. */
export async function withCpu<T>(rootPid: number, count: number, work: () => Promise<T>): Promise<{ result: T; cpuMsEach: number }> {
  const pid = serverPid(rootPid);
  const before = cpuTimeMs(pid);
  const result = await work();
  return { result, cpuMsEach: (cpuTimeMs(pid) - before) / count };
}
