import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/errors/result";
import { BULK_SERVER_UNREACHABLE, bulkWaitWords } from "@/lib/errors/bulk";
import { queueFor, requeueFailed, runBulk, secondsLeft, summarize, waitFor, type BulkAnswer, type BulkRow } from "./bulk-queue";

const done: ActionResult<BulkAnswer> = { ok: true, data: { outcome: "done" } };
const there: ActionResult<BulkAnswer> = { ok: true, data: { outcome: "already_there" } };
const failure = (code: "timeout" | "rate_limited" | "stale_workspace" | "validation", extra: { retryAfterSeconds?: number } = {}): ActionResult<BulkAnswer> => ({
  ok: false,
  code,
  error: `words for ${code}`,
  ...extra,
});

/** A send that answers from a script per person, and records every call. */
function scripted(script: Record<number, ActionResult<BulkAnswer>[]>) {
  const calls: number[] = [];
  const send = async (id: number) => {
    calls.push(id);
    const answer = script[id]?.shift();
    if (!answer) throw new Error(`no answer scripted for ${id}`);
    return answer;
  };
  return { send, calls };
}

const noWait = async () => {};
const statuses = (rows: BulkRow[]) => Object.fromEntries(rows.map((row) => [row.id, row.status]));

describe("queueFor", () => {
  it("lists each person once, in the order selected", () => {
    expect(queueFor([3, 1, 3, 2, 1]).map((row) => row.id)).toEqual([3, 1, 2]);
    expect(queueFor([4])[0]).toEqual({ id: 4, status: "queued", reason: null, waitSeconds: null, resumesAt: null });
  });
});

describe("secondsLeft", () => {
  it("counts down to when the person is sent again, never above the wait asked for", () => {
    const row = { waitSeconds: 12, resumesAt: 1_012_000 };
    expect(secondsLeft(row, 1_000_000)).toBe(12);
    expect(secondsLeft(row, 1_003_500)).toBe(8.5);
    expect(bulkWaitWords(secondsLeft(row, 1_003_500))).toMatch(/^Waiting 9 s /);
    expect(secondsLeft(row, 990_000), "a clock read before the wait began").toBe(12);
    expect(bulkWaitWords(secondsLeft(row, 1_013_000)), "past the end, until the row moves on").toMatch(/^Waiting 1 s /);
    expect(secondsLeft({ waitSeconds: 5, resumesAt: null }, 0)).toBe(5);
  });
});

describe("runBulk", () => {
  it("sends each person once and keeps their result; a lost answer is a failure with its reason, never sent again", async () => {
    const { send, calls } = scripted({ 1: [done], 2: [there], 3: [failure("timeout")], 4: [done] });
    const rows = await runBulk(queueFor([1, 2, 3, 4, 2]), { send, signal: new AbortController().signal, wait: noWait });
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(statuses(rows)).toEqual({ 1: "done", 2: "already_there", 3: "failed", 4: "done" });
    expect(summarize(rows)).toEqual({ done: 2, alreadyThere: 1, failed: [{ id: 3, reason: "words for timeout" }], notSent: 0, pending: 0 });
  });

  it("waits out the budget's refusal on that person, shows the wait, and sends them again", async () => {
    const { send, calls } = scripted({ 1: [failure("rate_limited", { retryAfterSeconds: 12 }), done], 2: [done] });
    const waits: number[] = [];
    const seen: BulkRow[][] = [];
    const rows = await runBulk(queueFor([1, 2]), {
      send,
      signal: new AbortController().signal,
      wait: async (ms) => void waits.push(ms),
      onChange: (current) => seen.push(current),
      now: () => 1_000_000,
    });
    expect(calls).toEqual([1, 1, 2]);
    expect(waits).toEqual([12_000]);
    expect(seen.map((current) => current[0]!.status)).toContain("waiting");
    expect(seen.find((current) => current[0]!.status === "waiting")![0]).toMatchObject({ waitSeconds: 12, resumesAt: 1_012_000 });
    expect(rows[0]!.resumesAt, "no longer waiting").toBeNull();
    expect(statuses(rows)).toEqual({ 1: "done", 2: "done" });
  });

  it("cancelled: the one in flight finishes, nobody after it is sent, and they are 'not sent'", async () => {
    const controller = new AbortController();
    const calls: number[] = [];
    const send = async (id: number) => {
      calls.push(id);
      if (id === 2) controller.abort();
      return done;
    };
    const rows = await runBulk(queueFor([1, 2, 3, 4]), { send, signal: controller.signal, wait: noWait });
    expect(calls).toEqual([1, 2]);
    expect(statuses(rows)).toEqual({ 1: "done", 2: "done", 3: "not_sent", 4: "not_sent" });
    expect(summarize(rows).notSent).toBe(2);
  });

  it("cancelled while waiting for the budget: that person was refused, so they are 'not sent' too", async () => {
    const controller = new AbortController();
    const { send, calls } = scripted({ 1: [failure("rate_limited", { retryAfterSeconds: 30 })] });
    const wait = (ms: number, signal: AbortSignal) => {
      controller.abort();
      return waitFor(ms, signal);
    };
    const rows = await runBulk(queueFor([1, 2]), { send, signal: controller.signal, wait });
    expect(calls).toEqual([1]);
    expect(statuses(rows)).toEqual({ 1: "not_sent", 2: "not_sent" });
  });

  it("a failure everyone would meet (a stale page) stops the run; a person's own refusal does not", async () => {
    const stale = scripted({ 1: [done], 2: [failure("stale_workspace")] });
    const stopped = await runBulk(queueFor([1, 2, 3]), { send: stale.send, signal: new AbortController().signal, wait: noWait });
    expect(statuses(stopped)).toEqual({ 1: "done", 2: "failed", 3: "not_sent" });
    const own = scripted({ 1: [failure("validation")], 2: [done] });
    expect(statuses(await runBulk(queueFor([1, 2]), { send: own.send, signal: new AbortController().signal, wait: noWait }))).toEqual({ 1: "failed", 2: "done" });
  });

  it("a call that never reached the app's server fails with words that say it may have been saved", async () => {
    const rows = await runBulk(queueFor([1]), {
      send: () => Promise.reject(new TypeError("Failed to fetch")),
      signal: new AbortController().signal,
      wait: noWait,
    });
    expect(rows[0]).toMatchObject({ status: "failed", reason: BULK_SERVER_UNREACHABLE });
  });

  it("'Retry the failed' sends only the failed ones again; a 409 then reads 'already there'", async () => {
    const first = await runBulk(queueFor([1, 2, 3]), {
      send: scripted({ 1: [done], 2: [failure("timeout")], 3: [there] }).send,
      signal: new AbortController().signal,
      wait: noWait,
    });
    const { send, calls } = scripted({ 2: [there] });
    const again = await runBulk(requeueFailed(first), { send, signal: new AbortController().signal, wait: noWait });
    expect(calls).toEqual([2]);
    expect(statuses(again)).toEqual({ 1: "done", 2: "already_there", 3: "already_there" });
    expect(summarize(again).failed).toEqual([]);
  });
});
