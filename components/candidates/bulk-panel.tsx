"use client";

import { useEffect, useId, useState } from "react";
import type { BulkAnswer, BulkKind, BulkRow, SendOne } from "@/lib/candidates/bulk-queue";
import { queueFor, secondsLeft, summarize } from "@/lib/candidates/bulk-queue";
import { MAX_TAG_LENGTH, tagTitleSchema } from "@/lib/candidates/schemas";
import { BULK_RETRY_IS_SAFE, bulkWaitWords } from "@/lib/errors/bulk";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DestinationPicker, destinationLabel } from "@/components/candidates/destination-picker";
import { CHOOSE_DESTINATION_FIRST, DestinationsNotReady } from "@/components/candidates/destinations-not-ready";
import { useDestinationOptions, type ListDestinations } from "@/components/candidate-detail/use-destination-options";
import { useBulkRun, type BulkRun } from "./use-bulk-run";
import { useClockUntil } from "@/components/ui/use-clock-until";

/** What a page hands a list with row selection (bound to the page's workspace). */
export type BulkActions = {
  tag: Action<{ candidateId: number; title: string }, BulkAnswer>;
  add: Action<{ candidateId: number; destination: string }, BulkAnswer>;
  finished: Action<{ kind: BulkKind }, object>;
  listDestinations: ListDestinations;
};

export type SelectedPerson = { id: number; name: string };

export type SelectAll = { checked: boolean; indeterminate: boolean; onChange: (event: React.ChangeEvent<HTMLInputElement>) => void };

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

/**
 * The bar above a list with row selection: how many are selected (announced), "select all on this page"
 * where the list's own header is not shown (phones), and what to do with them: tag them, or add them to
 * a job post or pool. A run shows each person's progress, can be cancelled, and ends with a summary.
 */
export function BulkPanel({
  selected,
  selectAll,
  clearSelection,
  actions,
  selectAllEverywhere = false,
}: {
  selected: SelectedPerson[];
  selectAll: SelectAll;
  clearSelection: () => void;
  actions: BulkActions;
  /** A list without a header row of its own (search results) shows "select all" here at every width. */
  selectAllEverywhere?: boolean;
}) {
  const bulk = useBulkRun(actions.finished);
  const sendFor =
    (kind: BulkKind, value: string): SendOne =>
    (candidateId) =>
      kind === "tag" ? actions.tag({ candidateId, title: value }) : actions.add({ candidateId, destination: value });
  const count = selected.length;

  return (
    <section aria-label="Selected people" className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Checkbox label="Select all on this page" labelHidden={false} {...selectAll} className={selectAllEverywhere ? undefined : "sm:hidden"} />
        <p role="status" className="text-sm font-medium" data-testid="selection-count">
          {count === 0 ? "Select people to tag them or add them to a job post or pool." : `${people(count)} selected`}
        </p>
        {count > 0 && !bulk.run?.running ? (
          <Button type="button" variant="ghost" size="sm" onClick={clearSelection}>
            Clear selection
          </Button>
        ) : null}
      </div>
      {bulk.run ? (
        <Progress
          run={bulk.run}
          onCancel={bulk.cancel}
          onRetry={() => bulk.retryFailed(sendFor(bulk.run!.kind, bulk.run!.value))}
          onClose={() => {
            bulk.close();
            clearSelection();
          }}
        />
      ) : count > 0 ? (
        <Choose
          count={count}
          listDestinations={actions.listDestinations}
          onStart={(kind, value, what) =>
            void bulk.start(
              { kind, rows: queueFor(selected.map((person) => person.id)), names: new Map(selected.map((person) => [person.id, person.name])), what, value },
              sendFor(kind, value),
            )
          }
        />
      ) : null}
    </section>
  );
}

function Choose({ count, listDestinations, onStart }: { count: number; listDestinations: ListDestinations; onStart: (kind: BulkKind, value: string, what: string) => void }) {
  const id = useId();
  const [kind, setKind] = useState<BulkKind>("tag");
  const [error, setError] = useState<string | null>(null);
  const [destination, setDestination] = useState("");
  const destinations = useDestinationOptions(listDestinations);
  const { load } = destinations;
  useEffect(() => {
    if (kind === "add") void load();
  }, [kind, load]);

  const submitTag = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = tagTitleSchema.safeParse(new FormData(event.currentTarget).get("tag") ?? "");
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? null);
    setError(null);
    onStart("tag", parsed.data, `“${parsed.data}”`);
  };
  const submitAdd = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!destination || destinations.state.phase !== "ready") return setError(CHOOSE_DESTINATION_FIRST);
    setError(null);
    onStart("add", destination, destinationLabel(destinations.state.options, destination));
  };

  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">What to do with the selected people</legend>
        {(
          [
            ["tag", "Tag them"],
            ["add", "Add them to a job post or pool"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="inline-flex items-center gap-2 py-1">
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => (setKind(value), setError(null))} className="size-4 accent-brand-600" />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === "tag" ? (
        <form onSubmit={submitTag} noValidate aria-label="Tag the selected people" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1 space-y-1">
            <label htmlFor={`${id}-tag`} className="block text-sm font-medium">
              Tag
            </label>
            <Input id={`${id}-tag`} name="tag" maxLength={MAX_TAG_LENGTH} autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
          </div>
          <Button type="submit">Tag {people(count)}</Button>
        </form>
      ) : (
        <form onSubmit={submitAdd} noValidate aria-label="Add the selected people to a job post or pool" className="space-y-2">
          <label htmlFor={`${id}-destination`} className="block text-sm font-medium">
            Job post or talent pool
          </label>
          {destinations.state.phase === "ready" ? (
            <DestinationPicker id={`${id}-destination`} value={destination} onChange={setDestination} options={destinations.state.options} truncated={destinations.state.truncated} search={destinations.search} />
          ) : (
            <DestinationsNotReady state={destinations.state} />
          )}
          <p className="text-xs text-slate-600 dark:text-slate-400">Their details and CVs in Recruspace are used; nothing needs to be typed again.</p>
          <Button type="submit" disabled={destinations.state.phase !== "ready"}>
            Add {people(count)}
          </Button>
        </form>
      )}
      <div id={`${id}-error`}>
        <FormError message={error} />
      </div>
    </div>
  );
}

const DONE_WORDS: Record<BulkKind, { done: string; already: string; doing: string }> = {
  tag: { done: "Tagged", already: "Already had the tag", doing: "Tagging" },
  add: { done: "Added", already: "Already there", doing: "Adding" },
};

function rowWords(row: BulkRow, kind: BulkKind, now: number): string {
  switch (row.status) {
    case "queued":
      return "Queued";
    case "working":
      return "Working…";
    case "waiting":
      return bulkWaitWords(secondsLeft(row, now));
    case "done":
      return DONE_WORDS[kind].done;
    case "already_there":
      return DONE_WORDS[kind].already;
    case "failed":
      return `Failed: ${row.reason ?? ""}`;
    case "not_sent":
      return "Not sent (cancelled)";
  }
}

function Progress({ run, onCancel, onRetry, onClose }: { run: BulkRun; onCancel: () => void; onRetry: () => void; onClose: () => void }) {
  const summary = summarize(run.rows);
  const words = DONE_WORDS[run.kind];
  const waiting = run.rows.find((row) => row.status === "waiting");
  const now = useClockUntil(waiting?.resumesAt ?? null);
  const finished = summary.done + summary.alreadyThere + summary.failed.length;
  // The live region says the wait once, as it was asked for; the countdown beside it is not announced.
  const status = run.running
    ? waiting
      ? bulkWaitWords(waiting.waitSeconds ?? 1)
      : `${words.doing} ${people(run.rows.length)} (${run.what}): ${finished} of ${run.rows.length} done.`
    : `${run.cancelled ? "Cancelled" : "Finished"}: ${words.done.toLowerCase()} ${summary.done}, already there ${summary.alreadyThere}, failed ${summary.failed.length}${summary.notSent ? `, not sent ${summary.notSent}` : ""}.`;

  return (
    <div className="space-y-3">
      <p role="status" className={waiting ? "sr-only" : "text-sm"} data-testid="bulk-status">
        {status}
      </p>
      {waiting ? (
        <p aria-hidden="true" className="text-sm" data-testid="bulk-wait">
          {bulkWaitWords(secondsLeft(waiting, now))}
        </p>
      ) : null}
      <ol aria-label="Progress per person" className="max-h-80 divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {run.rows.map((row) => (
          <li key={row.id} data-testid="bulk-row" data-status={row.status} className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:justify-between sm:gap-4">
            <span className="font-medium">{run.names.get(row.id) ?? `Candidate ${row.id}`}</span>
            <span className={row.status === "failed" ? "text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}>{rowWords(row, run.kind, now)}</span>
          </li>
        ))}
      </ol>
      {run.running ? (
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      ) : (
        <div aria-label="Summary" role="group" data-testid="bulk-summary" className="space-y-2 text-sm">
          <ul className="flex flex-wrap gap-x-4">
            <li>
              {words.done}: {summary.done}
            </li>
            <li>Already there: {summary.alreadyThere}</li>
            <li>Failed: {summary.failed.length}</li>
            {summary.notSent ? <li>Not sent (cancelled before they were sent): {summary.notSent}</li> : null}
          </ul>
          {summary.failed.length ? <p className="text-slate-600 dark:text-slate-400">{BULK_RETRY_IS_SAFE}</p> : null}
          <div className="flex flex-wrap gap-2">
            {summary.failed.length ? (
              <Button type="button" onClick={onRetry}>
                Retry the failed
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
