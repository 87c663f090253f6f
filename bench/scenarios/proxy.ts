import { concurrentLatency } from "../lib/load";
import type { SandboxApi } from "../lib/sandbox-api";
import { withCpu } from "../lib/processes";
import { getOk } from "../../tests/support/built-app/session";
import { ratio, sequentialLatency, type Latency } from "../lib/stats";

export type ProxyPair = { direct: Latency; app: Latency; p50Ratio: number; p99Ratio: number };
export type ProxyResult = {
  operation: string;
  /** Served from the app's 30 s list cache: reported for information, not held to the proxy goal. */
  cached: boolean;
  appPath: string;
  /** Upstream calls one app view made (after warm-up), so the comparison is known to be like for like. */
  upstreamPerView: Record<string, number>;
  sequential: ProxyPair;
  concurrent: ProxyPair;
  /** CPU the app server spent per request during the sequential run: what the app itself costs. */
  appCpuMsPerRequest: number;
};

export const pair = (direct: Latency, app: Latency): ProxyPair => ({ direct, app, p50Ratio: ratio(app.p50, direct.p50), p99Ratio: ratio(app.p99, direct.p99) });

const WARMUP = 5;
/**
 * App requests made before its CPU is counted: V8 compiles the hot paths during the first tens of
 * requests, which would otherwise be charged to whichever scenario runs first. The figure is the
 * steady-state cost of a server that has been serving for a while.
 */
const CPU_WARMUP = 50;

/** A GET straight to the sandbox with the bearer key; the body is read so timing covers it. */
export async function directGet(sandbox: SandboxApi, url: string): Promise<void> {
  const response = await fetch(url, { headers: sandbox.authHeaders });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`direct ${url} → ${response.status}`);
}

/** The upstream calls one `view` makes, counted on the sandbox after a warm-up view. */
export async function upstreamCallsOf(sandbox: SandboxApi, view: () => Promise<void>): Promise<Record<string, number>> {
  await view();
  await sandbox.resetRequests();
  await view();
  return (await sandbox.requests()).byRoute;
}

/** Both sides one request at a time, and the CPU the app server spent per app request meanwhile. */
export async function sequentialSides(options: { direct: () => Promise<void>; viaApp: () => Promise<void>; count: number; appRootPid: number }) {
  const direct = await sequentialLatency(options.direct, options.count, WARMUP);
  for (let i = 0; i < CPU_WARMUP; i++) await options.viaApp();
  const app = await withCpu(options.appRootPid, options.count + WARMUP, () => sequentialLatency(options.viaApp, options.count, WARMUP));
  return { sequential: pair(direct, app.result), appCpuMsPerRequest: app.cpuMsEach };
}

/**
 * One Recruspace operation measured twice: straight against the sandbox, and as the app page that
 * makes that call (signed in), first one request at a time, then with `connections` clients at once.
 */
export async function measureProxy(options: {
  operation: string;
  cached: boolean;
  directUrl: string;
  appUrl: string;
  cookie: string;
  sandbox: SandboxApi;
  sequentialCount: number;
  connections: number;
  seconds: number;
  appRootPid: number;
}): Promise<ProxyResult> {
  const { directUrl, appUrl, cookie, sandbox } = options;
  const direct = () => directGet(sandbox, directUrl);
  const viaApp = async () => {
    await getOk(appUrl, cookie);
  };
  const upstreamPerView = await upstreamCallsOf(sandbox, viaApp);
  const { sequential, appCpuMsPerRequest } = await sequentialSides({ direct, viaApp, count: options.sequentialCount, appRootPid: options.appRootPid });
  const load = { connections: options.connections, seconds: options.seconds };
  const concurrentDirect = await concurrentLatency(directUrl, sandbox.authHeaders, load);
  const concurrentApp = await concurrentLatency(appUrl, { Cookie: cookie }, load);
  return {
    operation: options.operation,
    cached: options.cached,
    appPath: new URL(appUrl).pathname,
    upstreamPerView,
    sequential,
    concurrent: pair(concurrentDirect, concurrentApp),
    appCpuMsPerRequest,
  };
}

/** What the app costs with no upstream call at all: its floor, to tell proxying from page rendering. */
export async function measureFloor(url: string, cookie: string, count: number): Promise<Latency> {
  return sequentialLatency(async () => {
    await getOk(url, cookie);
  }, count);
}
