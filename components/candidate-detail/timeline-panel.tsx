import Link from "next/link";
import type { TimelineEvent } from "@/lib/candidates/timeline";
import type { TimelineNames } from "@/lib/candidates/timeline-names";
import { formatDateTime } from "@/components/ui/format";

const link = "text-brand-700 hover:underline dark:text-blue-300";

/** Who in this workspace did what with the candidate, newest first, from the app's own audit trail. */
export function TimelinePanel({ events, names, createdAt }: { events: TimelineEvent[]; names: TimelineNames; createdAt: string | null }) {
  return (
    <div className="space-y-3 text-sm">
      {events.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">Nobody in this workspace has added, applied, noted or tagged this candidate through the app yet.</p>
      ) : (
        <ol aria-label="Timeline" className="space-y-3 border-l border-slate-200 pl-4 dark:border-slate-800">
          {events.map((event) => (
            <li key={event.id} data-testid="timeline-event" className="space-y-0.5">
              <p>
                <span className="font-medium">{event.actor}</span> <Sentence event={event} names={names} />
                {event.bulk ? <span className="text-slate-600 dark:text-slate-400"> (with several people at once)</span> : null}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Only what happened through this app since the workspace&apos;s current API key is shown
        {createdAt ? <>; Recruspace has the record since {formatDateTime(createdAt)}</> : null}. Earlier history is not known here.
      </p>
    </div>
  );
}

function Sentence({ event, names }: { event: TimelineEvent; names: TimelineNames }) {
  const other = event.otherCandidateId;
  const where = <Where event={event} names={names} />;
  switch (event.action) {
    case "candidate.created":
      return <>added the candidate to {where}.</>;
    case "candidate.added_to_destination":
      return event.about === "this" ? (
        <>
          added them to {where}
          {other ? (
            <>
              , from <Link className={link} href={`/candidates/${other}`}>candidate {other}</Link>
            </>
          ) : null}
          .
        </>
      ) : (
        <>
          added them to {where}
          {other ? (
            <>
              {" "}
              as <Link className={link} href={`/candidates/${other}`}>candidate {other}</Link>
            </>
          ) : null}
          .
        </>
      );
    case "candidate.applied":
      return (
        <>
          applied them to {where}
          {event.about === "other" && other ? (
            <>
              {" "}
              as <Link className={link} href={`/candidates/${other}`}>candidate {other}</Link>
            </>
          ) : null}
          .
        </>
      );
    case "candidate.note_added":
      return <>added a note.</>;
    case "candidate.tag_added":
      return <>tagged them “{event.tag ?? "a tag"}”.</>;
  }
}

function Where({ event, names }: { event: TimelineEvent; names: TimelineNames }) {
  const destination = event.destination ?? (event.jobPostHash ? { kind: "job_post" as const, hash: event.jobPostHash } : null);
  if (!destination) return <>a job post or pool</>;
  if (destination.kind === "talent_pool") {
    return (
      <Link className={link} href={`/talent-pools/${destination.id}`}>
        talent pool {names.pools[destination.id] ? `“${names.pools[destination.id]}”` : destination.id}
      </Link>
    );
  }
  const title = names.jobPosts[destination.hash];
  return (
    <Link className={link} href={`/job-posts/${encodeURIComponent(destination.hash)}`}>
      {title ? `job post “${title}”` : "a job post"}
    </Link>
  );
}
