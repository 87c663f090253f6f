import { concurrentOperations } from "../lib/load";
import { withCpu } from "../lib/processes";
import type { SandboxApi } from "../lib/sandbox-api";
import { callAction } from "../lib/server-action";
import { sequentialLatency } from "../lib/stats";
import { pair, type ProxyResult } from "./proxy";

/**
 * The duplicate check the add-candidate forms run on every email (`checkDuplicate` server action),
 * against the same Recruspace calls made directly: search by email, then get the match. Both sides
 * make exactly those two calls (checked on the sandbox's counters), one after the other.
 */
export async function measureDuplicateCheckAction(options: {
  appURL: string;
  cookie: string;
  actionId: string;
  email: string;
  candidateId: number;
  sandboxURL: string;
  sandbox: SandboxApi;
  sequentialCount: number;
  connections: number;
  seconds: number;
  appRootPid: number;
}): Promise<ProxyResult> {
  const { sandbox } = options;
  const get = async (path: string) => {
    const response = await fetch(`${options.sandboxURL}${path}`, { headers: sandbox.authHeaders });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`direct ${path} → ${response.status}`);
  };
  const direct = async () => {
    await get(`/api/v1/client/candidates/search-by-email/?email=${encodeURIComponent(options.email)}`);
    await get(sandbox.candidatePath(options.candidateId));
  };
  const pageUrl = `${options.appURL}/candidates/new`;
  const viaApp = async () => {
    await callAction(pageUrl, options.actionId, options.cookie, [{ email: options.email }]);
  };

  await viaApp();
  await sandbox.resetRequests();
  await viaApp();
  const upstreamPerView = (await sandbox.requests()).byRoute;
  await sandbox.resetRequests();
  await direct();
  const directCalls = (await sandbox.requests()).byRoute;
  if (JSON.stringify(Object.entries(upstreamPerView).sort()) !== JSON.stringify(Object.entries(directCalls).sort())) {
    throw new Error(`the action made ${JSON.stringify(upstreamPerView)} upstream, the direct side ${JSON.stringify(directCalls)}: not like for like`);
  }
  const directSequential = await sequentialLatency(direct, options.sequentialCount);
  const app = await withCpu(options.appRootPid, options.sequentialCount + 5, () => sequentialLatency(viaApp, options.sequentialCount));
  const load = { connections: options.connections, seconds: options.seconds };
  const concurrent = pair(await concurrentOperations(direct, load), await concurrentOperations(viaApp, load));
  return {
    operation: "duplicate check by email (server action: search + get)",
    cached: false,
    appPath: "checkDuplicate action",
    upstreamPerView,
    sequential: pair(directSequential, app.result),
    concurrent,
    appCpuMsPerRequest: app.cpuMsEach,
  };
}
