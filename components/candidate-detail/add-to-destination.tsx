"use client";

import { useId, useState } from "react";
import Link from "next/link";
import type { AddOutcome } from "@/lib/candidates/add";
import type { EmailMatch } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DestinationPicker, destinationLabel } from "@/components/candidates/destination-picker";
import { AlreadyThereNotice } from "@/components/candidates/duplicate-notice";
import { CHOOSE_DESTINATION_FIRST, DestinationsNotReady } from "@/components/candidates/destinations-not-ready";
import { addedFrom, addedHref, type Added } from "@/components/candidates/add-outcome";
import type { useDestinationOptions } from "./use-destination-options";
import { writeAnswerLost } from "@/lib/errors/browser-requests";

export type AddExisting = (input: { candidateId: number; destination: string; knownMatchIds: number[] | null }) => Promise<ActionResult<AddOutcome>>;

type Result = { kind: "added"; added: Added; where: string } | { kind: "already_there"; matches: EmailMatch[]; where: string };

/**
 * Puts this candidate into another job post or pool with the details and CV Recruspace already has:
 * nothing is typed again. Recruspace's 409 is what says "already there".
 */
export function AddToDestination({
  candidateId,
  email,
  destinations,
  addExisting,
}: {
  candidateId: number;
  email: string;
  destinations: ReturnType<typeof useDestinationOptions>;
  addExisting: AddExisting;
}) {
  const pickerId = useId();
  const [destination, setDestination] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const { state } = destinations;

  if (state.phase !== "ready") return <DestinationsNotReady state={state} />;
  const where = destinationLabel(state.options, destination);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!destination) return setError(CHOOSE_DESTINATION_FIRST);
    setPending(true);
    setError(null);
    setResult(null);
    try {
      // The form never looked the email up: null lets the server look before it writes.
      const answer = await addExisting({ candidateId, destination, knownMatchIds: null });
      if (!answer.ok) return setError(`Adding the candidate failed: ${answer.error}`);
      const outcome = answer.data;
      if (outcome.status === "already_there" || outcome.status === "exists") setResult({ kind: "already_there", matches: outcome.matches, where });
      else setResult({ kind: "added", added: addedFrom(outcome), where });
    } catch {
      setError(writeAnswerLost({ doing: "Adding the candidate", next: "check by email before retrying" }));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Add to a job post or pool">
      <label htmlFor={pickerId} className="block text-sm font-medium">
        Job post or talent pool
      </label>
      <DestinationPicker id={pickerId} value={destination} onChange={setDestination} options={state.options} truncated={state.truncated} search={destinations.search} />
      <p className="text-xs text-slate-600 dark:text-slate-400">Their details and CV in Recruspace are used; nothing needs to be typed again.</p>
      {result?.kind === "added" ? (
        <Notice tone="info" title="Added">
          <p data-testid="profile-add-success">
            {result.added.name} is now in {result.where}.{" "}
            <Link className="font-medium underline" href={addedHref(result.added)}>
              {result.added.id === null ? "Find them by email" : "Open the record there"}
            </Link>
          </p>
          {result.added.note ? <p className="mt-1">{result.added.note}</p> : null}
        </Notice>
      ) : null}
      {result?.kind === "already_there" ? <AlreadyThereNotice email={email} matches={result.matches} destinationLabel={result.where} /> : null}
      <FormError message={error} />
      <Button type="submit" loading={pending}>
        Add to {destination ? where : "the chosen destination"}
      </Button>
    </form>
  );
}
