import type { SandboxApi } from "../lib/sandbox-api";
import { callAction } from "../../tests/support/built-app/server-actions";
import { getOk } from "../../tests/support/built-app/session";

export type CacheResult = {
  poolsFirst: number;
  poolsRepeat: number;
  postsFirst: number;
  postsRepeat: number;
  poolsAfterCreate: number;
  poolsAfterCreateRoutes: Record<string, number>;
  /** The view after the create names the new pool (the cached list was patched with it, not left stale). */
  createdPoolListed: boolean;
};

/** Upstream calls one page view makes, counted by the sandbox. */
async function upstreamCallsOf(view: () => Promise<unknown>, sandbox: SandboxApi) {
  await sandbox.resetRequests();
  await view();
  return sandbox.requests();
}

/**
 * Must run on a workspace nobody has viewed yet (its cache is empty): first view, repeat view
 * inside the 30 s window, then a pool created through the app and one more view, which must list it
 * without a call (the create patched the cached list).
 */
export async function measureCache(options: {
  appURL: string;
  cookie: string;
  /** The workspace the pools page is rendered for: a write action's first argument. */
  tenantId: string;
  sandbox: SandboxApi;
  createPoolActionId: string;
}): Promise<CacheResult> {
  const { appURL, cookie, sandbox } = options;
  const pools = () => getOk(`${appURL}/talent-pools`, cookie);
  const posts = () => getOk(`${appURL}/job-posts`, cookie);
  const poolsFirst = (await upstreamCallsOf(pools, sandbox)).total;
  const poolsRepeat = (await upstreamCallsOf(pools, sandbox)).total;
  const postsFirst = (await upstreamCallsOf(posts, sandbox)).total;
  const postsRepeat = (await upstreamCallsOf(posts, sandbox)).total;
  const name = `Bench pool ${Date.now()}`;
  await callAction(`${appURL}/talent-pools`, options.createPoolActionId, cookie, [options.tenantId, { name }]);
  let page = "";
  const afterCreate = await upstreamCallsOf(async () => (page = await pools()), sandbox);
  return {
    poolsFirst,
    poolsRepeat,
    postsFirst,
    postsRepeat,
    poolsAfterCreate: afterCreate.total,
    poolsAfterCreateRoutes: afterCreate.byRoute,
    createdPoolListed: page.includes(name),
  };
}
