"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { requeueFailed, runBulk, type BulkKind, type BulkRow, type SendOne } from "@/lib/candidates/bulk-queue";
import type { Action } from "@/lib/errors/result";

export type BulkRun = {
  kind: BulkKind;
  rows: BulkRow[];
  /** The people's names as they were listed when the run started. */
  names: Map<number, string>;
  /** What every call sends: the tag's title, or the destination ("talent_pool:12"). */
  value: string;
  /** The same in words: the tag, or the destination's name. */
  what: string;
  running: boolean;
  cancelled: boolean;
};

/**
 * One bulk run at a time on a page: the queue's progress, cancel, and "retry the failed". When a run
 * ends (done or cancelled) the server is told once, so the lists its writes changed are read anew,
 * and the page's data is refreshed.
 */
export function useBulkRun(finished: Action<{ kind: BulkKind }, object>) {
  const router = useRouter();
  const [run, setRun] = useState<BulkRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (next: Omit<BulkRun, "running" | "cancelled">, send: SendOne) => {
      const abort = new AbortController();
      controller.current = abort;
      setRun({ ...next, running: true, cancelled: false });
      const rows = await runBulk(next.rows, { send, signal: abort.signal, onChange: (current) => setRun((shown) => shown && { ...shown, rows: current }) });
      setRun((shown) => shown && { ...shown, rows, running: false, cancelled: abort.signal.aborted });
      await finished({ kind: next.kind }).catch(() => null);
      router.refresh();
    },
    [finished, router],
  );

  return {
    run,
    start,
    cancel: () => controller.current?.abort(),
    retryFailed: (send: SendOne) => (run && !run.running ? start({ ...run, rows: requeueFailed(run.rows) }, send) : undefined),
    close: () => setRun(null),
  };
}
