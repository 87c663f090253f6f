import { queueFor, runBulk, summarize, type BulkAnswer } from "../../lib/candidates/bulk-queue";
import { BACKGROUND_SHARE, DEFAULT_WINDOW_MS } from "../../lib/recruspace/rate-limiter";
import { callActionForResult } from "../../tests/support/built-app/server-actions";

/**
 * Bulk tagging 100 people as the pool page does it: the browser's loop (lib/candidates/bulk-queue.ts)
 * calling the built app's bulk-tag action once per person, then "finished". Upstream calls are counted at
 * the sandbox (goal: exactly one add-tag per person, nothing else); the time is set against the floor
 * of the key's budget at the app's limit: background work may use BACKGROUND_SHARE of each window.
 */
export type BulkTagResult = {
  people: number;
  limitPerMinute: number;
  ms: number;
  floorMs: number;
  addTagCalls: number;
  otherCalls: Record<string, number>;
  summary: { done: number; alreadyThere: number; failed: number; notSent: number };
  /** How often the loop was told to wait for the budget, and the longest wait (s). */
  waits: number;
  longestWaitSeconds: number;
};

type Options = {
  appURL: string;
  cookie: string;
  tenantId: string;
  poolPageUrl: string;
  candidateIds: number[];
  limitPerMinute: number;
  actions: { bulkTag: string; bulkFinished: string };
  sandbox: { resetRequests(): Promise<void>; requests(): Promise<{ byRoute: Record<string, number> }> };
};

/** The soonest `people` background calls can start under `limit` a window: whole windows after the first. */
export function budgetFloorMs(people: number, limitPerMinute: number): number {
  const perWindow = Math.max(1, Math.floor(limitPerMinute * BACKGROUND_SHARE));
  return (Math.ceil(people / perWindow) - 1) * DEFAULT_WINDOW_MS;
}

export async function measureBulkTag(options: Options): Promise<BulkTagResult> {
  const title = `bench-bulk-${Date.now()}`;
  let waits = 0;
  let longestWaitSeconds = 0;
  await options.sandbox.resetRequests();
  const started = performance.now();
  const rows = await runBulk(queueFor(options.candidateIds), {
    signal: new AbortController().signal,
    send: (candidateId) => callActionForResult<BulkAnswer>(options.poolPageUrl, options.actions.bulkTag, options.cookie, [options.tenantId, { candidateId, title }]),
    onChange: (current) => {
      const waiting = current.find((row) => row.status === "waiting");
      if (waiting && waiting.waitSeconds !== null) {
        waits += 1;
        longestWaitSeconds = Math.max(longestWaitSeconds, waiting.waitSeconds);
      }
    },
  });
  await callActionForResult(options.poolPageUrl, options.actions.bulkFinished, options.cookie, [options.tenantId, { kind: "tag" }]);
  const ms = performance.now() - started;
  const byRoute = (await options.sandbox.requests()).byRoute;
  const addTag = "POST /api/v1/client/candidates/add-tag/";
  const summary = summarize(rows);
  return {
    people: options.candidateIds.length,
    limitPerMinute: options.limitPerMinute,
    ms,
    floorMs: budgetFloorMs(options.candidateIds.length, options.limitPerMinute),
    addTagCalls: byRoute[addTag] ?? 0,
    otherCalls: Object.fromEntries(Object.entries(byRoute).filter(([route]) => route !== addTag)),
    summary: { done: summary.done, alreadyThere: summary.alreadyThere, failed: summary.failed.length, notSent: summary.notSent },
    waits,
    longestWaitSeconds,
  };
}
