"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { RefreshCw } from "lucide-react";
import type { RefreshOutcome } from "@/lib/candidate-index/refresh";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import { serverUnreachable } from "@/lib/errors/browser-requests";

export type IndexActions = { refresh: Action<Record<string, never>, RefreshOutcome>; clear: Action<Record<string, never>, { removed: number }> };

function refreshed(outcome: RefreshOutcome): string {
  const read = `Read ${outcome.people} ${outcome.people === 1 ? "person" : "people"} from ${outcome.pools} of ${outcome.poolsTotal} talent pools.`;
  if (outcome.complete) return read;
  return outcome.stoppedBy === "budget"
    ? `${read} Stopped to leave the API key's request budget for the team; refresh again in a minute for the rest.`
    : `${read} Recruspace did not answer for the rest; try again later.`;
}

/** "Refresh from pools" (within the request budget) and, for admins, emptying the index. */
export function IndexControls({ actions, isAdmin }: { actions: IndexActions; isAdmin: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async <T,>(send: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, say: (data: T) => string) => {
    setPending(true);
    setError(null);
    setMessage(null);
    try {
      const result = await send();
      if (!result.ok) return setError(result.error);
      setMessage(say(result.data));
      router.refresh();
    } catch {
      setError(serverUnreachable());
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="index-heading" className="mt-6 space-y-2 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      <h2 id="index-heading" className="font-medium">
        People this workspace has seen
      </h2>
      <p className="text-slate-600 dark:text-slate-400">
        Recruspace searches by email only, so the app remembers the people it has shown you. Refreshing reads your talent pools&apos; lists,
        a few pages at a time.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" loading={pending} onClick={() => run(() => actions.refresh({}), refreshed)}>
          <RefreshCw aria-hidden="true" className="size-4" /> Refresh from pools
        </Button>
        {isAdmin ? (
          <ConfirmDialog
            trigger={
              <Button type="button" variant="ghost" size="sm">
                Clear the index
              </Button>
            }
            title="Clear the workspace index?"
            description="Search by name and tag finds nobody until people are seen again. Nothing changes in Recruspace."
            confirmLabel="Clear the index"
            destructive
            onConfirm={() => run(() => actions.clear({}), ({ removed }) => `Removed ${removed} ${removed === 1 ? "person" : "people"} from the index.`)}
          />
        ) : null}
      </div>
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {message}
      </p>
      <FormError message={error} />
    </section>
  );
}
