import { concurrentLatency } from "../lib/load";
import type { SandboxApi } from "../lib/sandbox-api";
import { withCpu } from "../lib/processes";
import { getOk } from "../lib/session";
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
  const direct = async () => {
    const response = await fetch(directUrl, { headers: sandbox.authHeaders });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`direct ${directUrl} → ${response.status}`);
  };
  const viaApp = async () => {
    await getOk(appUrl, cookie);
  };
  await viaApp();
  await sandbox.resetRequests();
  await viaApp();
  const upstreamPerView = (await sandbox.requests()).byRoute;
  const directSequential = await sequentialLatency(direct, options.sequentialCount);
  const app = await withCpu(options.appRootPid, options.sequentialCount + 5, () => sequentialLatency(viaApp, options.sequentialCount));
  const load = { connections: options.connections, seconds: options.seconds };
  const concurrentDirect = await concurrentLatency(directUrl, sandbox.authHeaders, load);
  const concurrentApp = await concurrentLatency(appUrl, { Cookie: cookie }, load);
  return {
    operation: options.operation,
    cached: options.cached,
    appPath: new URL(appUrl).pathname,
    upstreamPerView,
    sequential: pair(directSequential, app.result),
    concurrent: pair(concurrentDirect, concurrentApp),
    appCpuMsPerRequest: app.cpuMsEach,
  };
}

/** What the app costs with no upstream call at all: its floor, to tell proxying from page rendering. */
export async function measureFloor(url: string, cookie: string, count: number): Promise<Latency> {
  return sequentialLatency(async () => {
    await getOk(url, cookie);
  }, count);
}
