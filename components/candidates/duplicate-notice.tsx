"use client";

import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import type { EmailMatch } from "@/lib/candidates/existing";

/** Where to look at the records with this email: the one candidate, or the search results. */
export function matchesHref(matches: EmailMatch[], email: string): string {
  return matches.length === 1 ? `/candidates/${matches[0]!.id}` : `/search?email=${encodeURIComponent(email)}`;
}

/**
 * "This email is already in Recruspace": a link, and the offer to add that person to the chosen
 * destination instead of typing them again. Where they are is not claimed: the candidate shape does
 * not document pool membership, and Recruspace itself refuses a second record in the same pool or post.
 */
export function DuplicateNotice({
  email,
  matches,
  destinationLabel,
  canAdd,
  adding,
  onAddExisting,
}: {
  email: string;
  matches: EmailMatch[];
  destinationLabel: string;
  canAdd: boolean;
  adding: boolean;
  onAddExisting: (candidateId: number) => void;
}) {
  const first = matches[0];
  if (!first) return null;
  return (
    <Notice tone="warning" title={`${first.email} is already in Recruspace`} className="[&_a]:underline">
      <div data-testid="duplicate-notice" className="space-y-2">
        <p>
          <Link href={matchesHref(matches, email)}>{matches.length === 1 ? `Open candidate ${first.id}` : `See the ${matches.length} candidates with this email`}</Link>
        </p>
        {canAdd ? (
          <>
            <p>Rather than typing them in again, add this person to {destinationLabel} with the details and CV Recruspace has (or the CV uploaded here).</p>
            <Button type="button" variant="secondary" loading={adding} onClick={() => onAddExisting(first.id)}>
              Add them to {destinationLabel} instead
            </Button>
          </>
        ) : (
          <p>Choose a job post or talent pool to add this person there.</p>
        )}
      </div>
    </Notice>
  );
}

/** Recruspace answered 409 for the chosen destination: the person is already there, nothing was created. */
export function AlreadyThereNotice({ email, matches, destinationLabel }: { email: string; matches: EmailMatch[]; destinationLabel: string }) {
  return (
    <Notice tone="info" title={`Already in ${destinationLabel}`} className="[&_a]:underline">
      <p data-testid="already-there">
        Recruspace already has {email} in {destinationLabel}, so nothing was created.{" "}
        <Link href={matchesHref(matches, email)}>{matches.length === 1 ? "Open the candidate" : "Find them by email"}</Link>
      </p>
    </Notice>
  );
}
