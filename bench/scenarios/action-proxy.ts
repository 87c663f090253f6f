import { concurrentOperations } from "../lib/load";
import type { SandboxApi } from "../lib/sandbox-api";
import { callAction } from "../../tests/support/built-app/server-actions";
import { directGet, pair, sequentialSides, upstreamCallsOf, type ProxyResult } from "./proxy";

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
  const direct = async () => {
    await directGet(sandbox, `${options.sandboxURL}/api/v1/client/candidates/search-by-email/?email=${encodeURIComponent(options.email)}`);
    await directGet(sandbox, `${options.sandboxURL}${sandbox.candidatePath(options.candidateId)}`);
  };
  const pageUrl = `${options.appURL}/candidates/new`;
  const viaApp = async () => {
    await callAction(pageUrl, options.actionId, options.cookie, [{ email: options.email }]);
  };

  const upstreamPerView = await upstreamCallsOf(sandbox, viaApp);
  const directCalls = await upstreamCallsOf(sandbox, direct);
  if (JSON.stringify(Object.entries(upstreamPerView).sort()) !== JSON.stringify(Object.entries(directCalls).sort())) {
    throw new Error(`the action made ${JSON.stringify(upstreamPerView)} upstream, the direct side ${JSON.stringify(directCalls)}: not like for like`);
  }
  const { sequential, appCpuMsPerRequest } = await sequentialSides({ direct, viaApp, count: options.sequentialCount, appRootPid: options.appRootPid });
  const load = { connections: options.connections, seconds: options.seconds };
  const concurrent = pair(await concurrentOperations(direct, load), await concurrentOperations(viaApp, load));
  return {
    operation: "duplicate check by email (server action: search + get)",
    cached: false,
    appPath: "checkDuplicate action",
    upstreamPerView,
    sequential,
    concurrent,
    appCpuMsPerRequest,
  };
}
