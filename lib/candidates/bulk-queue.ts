import { BULK_SERVER_UNREACHABLE } from "@/lib/errors/bulk";
import type { ActionResult, FailureCode } from "@/lib/errors/result";

/**
 * Bulk work on several people (tag them, add them to a pool or post), driven from the browser: one
 * server action call per person, one after another. Chosen over a server loop with streaming because
 * each call then goes through defineAction and its gate on its own, cancelling is simply not sending
 * the next one, and progress comes with every answer; the key's budget paces the calls on the server
 * ("background" priority, people first), and a refusal for the budget comes back with its wait.
 *
 * Browser-safe and pure apart from `send` and `wait`: the component and the integration test run the
 * same loop.
 */
export type BulkKind = "tag" | "add";
export type BulkOutcome = "done" | "already_there";
export type BulkAnswer = { outcome: BulkOutcome };

export type BulkRowStatus = "queued" | "working" | "waiting" | "done" | "already_there" | "failed" | "not_sent";

export type BulkRow = {
  id: number;
  status: BulkRowStatus;
  /** For "failed": why, in the words of lib/errors. */
  reason: string | null;
  /** For "waiting": how long the key's budget asked to wait, in seconds. */
  waitSeconds: number | null;
  /** For "waiting": when the person is sent again (ms since the epoch), so the page can count down to it. */
  resumesAt: number | null;
};

export type BulkSummary = { done: number; alreadyThere: number; failed: { id: number; reason: string }[]; notSent: number; pending: number };

/** One call per person: the action bound to what is done to everyone (the tag, the destination). */
export type SendOne = (candidateId: number) => Promise<ActionResult<BulkAnswer>>;

/** Failures every later person would meet as well: the run stops, and the rest are not sent. */
const STOPS_THE_RUN: ReadonlySet<FailureCode> = new Set([
  "unauthenticated",
  "forbidden",
  "stale_workspace",
  "no_api_key",
  "api_key_unusable",
  "upstream_unauthorized",
]);

/** The queue for a selection: each person once, in the order selected, however often they were listed. */
export function queueFor(ids: readonly number[]): BulkRow[] {
  return [...new Set(ids)].map((id) => ({ id, status: "queued", reason: null, waitSeconds: null, resumesAt: null }));
}

/** The failed ones queued again; everyone else keeps their result (so nobody done is sent twice). */
export function requeueFailed(rows: readonly BulkRow[]): BulkRow[] {
  return rows.map((row) => (row.status === "failed" ? { ...row, status: "queued", reason: null, waitSeconds: null, resumesAt: null } : row));
}

export function summarize(rows: readonly BulkRow[]): BulkSummary {
  const count = (status: BulkRowStatus) => rows.filter((row) => row.status === status).length;
  return {
    done: count("done"),
    alreadyThere: count("already_there"),
    failed: rows.filter((row) => row.status === "failed").map((row) => ({ id: row.id, reason: row.reason ?? "" })),
    notSent: count("not_sent"),
    pending: count("queued") + count("working") + count("waiting"),
  };
}

/**
 * The seconds a waiting person has left before they are sent again, at `now`; never more than the wait
 * that was asked for (a clock read before the wait began must not show a longer one).
 */
export function secondsLeft(row: Pick<BulkRow, "waitSeconds" | "resumesAt">, now: number): number {
  const asked = row.waitSeconds ?? 1;
  return row.resumesAt === null ? asked : Math.min(asked, (row.resumesAt - now) / 1000);
}

function withRow(rows: readonly BulkRow[], id: number, patch: Partial<BulkRow>): BulkRow[] {
  return rows.map((row) => (row.id === id ? { ...row, reason: null, waitSeconds: null, resumesAt: null, ...patch } : row));
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

export type RunOptions = {
  send: SendOne;
  /** Cancel: the person in flight finishes (it cannot be unsent); nobody after them is sent. */
  signal: AbortSignal;
  /** Told of every change, with the whole queue. */
  onChange?: (rows: BulkRow[]) => void;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
};

/**
 * Sends every queued person once, in order. A refusal for the key's budget (rate_limited: nothing
 * was sent, or Recruspace refused it with 429) shows the wait on that person and sends them again
 * after it; any other failure is that person's result, never retried here: a write whose answer was
 * lost is not sent blindly again (the user can retry the failed ones; a 409 then says "already there").
 */
export async function runBulk(initial: readonly BulkRow[], options: RunOptions): Promise<BulkRow[]> {
  const wait = options.wait ?? waitFor;
  const now = options.now ?? Date.now;
  let rows = [...initial];
  const set = (id: number, patch: Partial<BulkRow>) => {
    rows = withRow(rows, id, patch);
    options.onChange?.(rows);
  };
  let stopped = false;

  for (const { id } of initial.filter((row) => row.status === "queued")) {
    if (options.signal.aborted || stopped) break;
    for (;;) {
      set(id, { status: "working" });
      let answer: ActionResult<BulkAnswer>;
      try {
        answer = await options.send(id);
      } catch {
        answer = { ok: false, code: "network", error: BULK_SERVER_UNREACHABLE };
      }
      if (answer.ok) {
        set(id, { status: answer.data.outcome });
        break;
      }
      if (answer.code === "rate_limited") {
        const seconds = Math.max(1, answer.retryAfterSeconds ?? 1);
        set(id, { status: "waiting", waitSeconds: seconds, resumesAt: now() + seconds * 1000 });
        await wait(seconds * 1000, options.signal);
        // Refused for the budget: nothing of this person's was written, so cancelling now leaves them unsent.
        if (options.signal.aborted) break;
        continue;
      }
      set(id, { status: "failed", reason: answer.error });
      if (STOPS_THE_RUN.has(answer.code)) stopped = true;
      break;
    }
  }

  const unsent = rows.filter((row) => row.status === "queued" || row.status === "waiting");
  if (unsent.length) {
    rows = rows.map((row) => (row.status === "queued" || row.status === "waiting" ? { ...row, status: "not_sent", reason: null, waitSeconds: null, resumesAt: null } : row));
    options.onChange?.(rows);
  }
  return rows;
}
