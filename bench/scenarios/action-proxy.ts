import { concurrentOperations } from "../lib/load";
import type { SandboxApi } from "../lib/sandbox-api";
import { callAction } from "../../tests/support/built-app/server-actions";
import { directGet, pair, sequentialSides, upstreamCallsOf, type ProxyResult } from "./proxy";

/**
 * The duplicate check the add-candidate forms run on every email (`checkDuplicate` server action),
 * against the same Recruspace calls made directly: search by email, then get the match, unless the
 * app reads the match from the candidate answer it shares for a minute (the page view before this
 * step made one), in which case the direct side searches only. Both sides make exactly the same calls
 * (checked on the sandbox's counters), one after the other.
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
  const pageUrl = `${options.appURL}/candidates/new`;
  const viaApp = async () => {
    await callAction(pageUrl, options.actionId, options.cookie, [{ email: options.email }]);
  };
  const upstreamPerView = await upstreamCallsOf(sandbox, viaApp);
  const getsTheMatch = `GET ${sandbox.candidatePath(options.candidateId)}` in upstreamPerView;
  const direct = async () => {
    await directGet(sandbox, `${options.sandboxURL}/api/v1/client/candidates/search-by-email/?email=${encodeURIComponent(options.email)}`);
    if (getsTheMatch) await directGet(sandbox, `${options.sandboxURL}${sandbox.candidatePath(options.candidateId)}`);
  };

  const directCalls = await upstreamCallsOf(sandbox, direct);
  if (JSON.stringify(Object.entries(upstreamPerView).sort()) !== JSON.stringify(Object.entries(directCalls).sort())) {
    throw new Error(`the action made ${JSON.stringify(upstreamPerView)} upstream, the direct side ${JSON.stringify(directCalls)}: not like for like`);
  }
  const { sequential, appCpuMsPerRequest } = await sequentialSides({ direct, viaApp, count: options.sequentialCount, appRootPid: options.appRootPid });
  const load = { connections: options.connections, seconds: options.seconds };
  const concurrent = pair(await concurrentOperations(direct, load), await concurrentOperations(viaApp, load));
  return {
    operation: getsTheMatch ? "duplicate check by email (server action: search + get)" : "duplicate check by email (server action: search; the match from the shared answer)",
    cached: false,
    appPath: "checkDuplicate action",
    upstreamPerView,
    sequential,
    concurrent,
    appCpuMsPerRequest,
  };
}
