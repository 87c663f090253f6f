"use client";

import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import type { ExistingCandidate } from "@/lib/candidates/existing";

/** "This person is already in Recruspace": who, where, a link, and the offer to add them instead. */
export function DuplicateNotice({
  existing,
  destinationLabel,
  canAdd,
  adding,
  onAddExisting,
}: {
  existing: ExistingCandidate;
  destinationLabel: string;
  canAdd: boolean;
  adding: boolean;
  onAddExisting: () => void;
}) {
  const name = `${existing.firstName} ${existing.lastName}`.trim() || existing.email;
  return (
    <Notice tone="warning" title={`${name} is already in Recruspace`} className="[&_a]:underline">
      <div data-testid="duplicate-notice" className="space-y-2">
        <p>
          <Link href={`/candidates/${existing.id}`}>
            {name} ({existing.email})
          </Link>
          {existing.placedIn.length ? ` — in ${existing.placedIn.join(", ")}.` : "."}
        </p>
        {existing.inDestination ? (
          <p>They are already in {destinationLabel}, so there is nothing to add. No second candidate will be created.</p>
        ) : canAdd ? (
          <>
            <p>
              Rather than creating a second candidate, add this person to {destinationLabel}
              {existing.cvDocumentId ? " (their CV in Recruspace is reused unless you uploaded a new one)" : ""}.
            </p>
            <Button type="button" variant="secondary" loading={adding} onClick={onAddExisting}>
              Add {name} to {destinationLabel} instead
            </Button>
          </>
        ) : (
          <p>Choose a job post or talent pool to add this person there instead of creating a second candidate.</p>
        )}
      </div>
    </Notice>
  );
}
