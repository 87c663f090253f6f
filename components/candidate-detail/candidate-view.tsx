import Link from "next/link";
import { Briefcase, History, FileText, GraduationCap, Link2, Mail, MapPin, NotebookPen, Phone, Tags, UserRound, Info, FolderHeart } from "lucide-react";
import type { CandidateDetail } from "@/lib/recruspace/schemas";
import type { WorkspaceNote } from "@/lib/candidates/notes";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { formatDateTime, fullName, humanize } from "@/components/ui/format";
import { JobPostStatusBadge } from "@/components/job-posts/status-badge";
import { Section } from "./section";
import { CandidateLinks } from "./candidate-links";
import { CvPanel } from "./cv-panel";
import { SuitabilityBadge } from "./suitability-badge";
import { TagsPanel, type AddTag } from "./tags-panel";
import { NotesPanel, type AddNote } from "./notes-panel";
import { CandidateToolbar, type CandidateToolbarActions } from "./candidate-toolbar";
import { TimelinePanel } from "./timeline-panel";
import type { TimelineEvent } from "@/lib/candidates/timeline";
import type { TimelineNames } from "@/lib/candidates/timeline-names";

export type CandidateActions = { addNote: AddNote; addTag: AddTag } & CandidateToolbarActions;
import { EducationList, WorkExperienceList } from "./history-lists";

const link = "text-brand-700 hover:underline dark:text-blue-300";

/** Everything Get Candidate returns, laid out for reading. */
export function CandidateView({
  candidate: c,
  notes,
  timeline,
  authorName,
  actions,
}: {
  candidate: CandidateDetail;
  notes: WorkspaceNote[];
  timeline: { events: TimelineEvent[]; names: TimelineNames };
  authorName: string;
  actions: CandidateActions;
}) {
  const name = fullName(c);
  const place = [c.address, c.city, c.country].filter(Boolean).join(", ");
  // Pool membership is not in the documented candidate shape: the row shows only when the answer carries it.
  const pools = c.talent_pools;
  // Score, experience, seniority and skills come from parsing the CV; before that they are defaults, not facts.
  const parsed = c.is_parsed === true;
  const notParsed = c.is_parsed === false ? "Not parsed yet" : "—";
  return (
    <article aria-labelledby="candidate-name" className="space-y-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        {c.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, sized here
          <img
            src={`/api/candidates/${c.id}/photo`}
            alt={`Photo of ${name}`}
            width={80}
            height={80}
            className="size-20 rounded-full border border-slate-200 object-cover dark:border-slate-800"
          />
        ) : (
          <span aria-hidden="true" className="inline-flex size-20 items-center justify-center rounded-full bg-slate-100 text-2xl font-semibold text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            {initials(name)}
          </span>
        )}
        <div className="min-w-0 space-y-2">
          <h1 id="candidate-name" className="text-2xl font-semibold tracking-tight break-words">
            {name}
          </h1>
          <div className="flex flex-wrap gap-2">
            <SuitabilityBadge value={c.suitability} />
            {parsed && c.seniority ? <Badge>{humanize(c.seniority)}</Badge> : null}
            {parsed && typeof c.score === "number" ? <Badge tone="brand">Score {c.score}</Badge> : null}
            {c.is_pinned ? <Badge tone="warning">Pinned</Badge> : null}
          </div>
        </div>
      </header>

      <CandidateToolbar candidateId={c.id} email={c.email} actions={actions} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Section id="contact" title="Contact" icon={UserRound}>
            <ul className="space-y-2 text-sm">
              <li className="flex items-center gap-2">
                <Mail aria-hidden="true" className="size-4 shrink-0 text-slate-500 dark:text-slate-400" />
                <span className="sr-only">Email: </span>
                <a href={`mailto:${c.email}`} className={`${link} break-all`}>
                  {c.email}
                </a>
              </li>
              <li className="flex items-center gap-2">
                <Phone aria-hidden="true" className="size-4 shrink-0 text-slate-500 dark:text-slate-400" />
                <span className="sr-only">Phone: </span>
                {c.phone_number ? (
                  <a href={`tel:${c.phone_number.replace(/[^\d+]/g, "")}`} className={link}>
                    {c.phone_number}
                  </a>
                ) : (
                  "No phone number"
                )}
              </li>
              <li className="flex items-start gap-2">
                <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500 dark:text-slate-400" />
                <span className="sr-only">Address: </span>
                <span>{place || "No address"}</span>
              </li>
            </ul>
          </Section>

          <Section id="cv" title="CV" icon={FileText}>
            <CvPanel candidateId={c.id} cv={c.cv} />
          </Section>

          <Section id="experience" title="Work experience" icon={Briefcase}>
            <WorkExperienceList items={c.work_experience ?? []} />
          </Section>

          <Section id="education" title="Education" icon={GraduationCap}>
            <EducationList items={c.education ?? []} />
          </Section>

          <Section id="notes" title="Notes" icon={NotebookPen}>
            <NotesPanel candidateId={c.id} initialNotes={notes} authorName={authorName} addNote={actions.addNote} />
          </Section>

          <Section id="timeline" title="Timeline" icon={History}>
            <TimelinePanel events={timeline.events} names={timeline.names} createdAt={c.created_at} />
          </Section>
        </div>

        <div className="min-w-0 space-y-6">
          <Section id="tags" title="Tags" icon={Tags}>
            <TagsPanel candidateId={c.id} initialTags={c.tags ?? []} addTag={actions.addTag} />
          </Section>

          <Section id="profile" title="Profile" icon={Info}>
            <DescriptionList
              items={[
                { label: "Seniority", value: !parsed ? notParsed : c.seniority ? humanize(c.seniority) : "—" },
                { label: "Total experience", value: !parsed ? notParsed : experience(c.total_work_experience) },
                { label: "Score", value: !parsed ? notParsed : typeof c.score === "number" ? String(c.score) : "—" },
                { label: "Suitability", value: <SuitabilityBadge value={c.suitability} /> },
                {
                  label: "Skills",
                  value: !parsed ? (
                    notParsed
                  ) : c.skills?.length ? (
                    <ul aria-label="Skills" className="flex flex-wrap gap-1">
                      {c.skills.map((skill) => (
                        <li key={skill}>
                          <Badge>{skill}</Badge>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  ),
                },
              ]}
            />
          </Section>

          <Section id="links" title="Links" icon={Link2}>
            <CandidateLinks links={c.links ?? []} />
          </Section>

          <Section id="placement" title="Job post and pools" icon={FolderHeart}>
            <DescriptionList
              items={[
                {
                  label: "Job post",
                  value: c.job_post ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <Link href={`/job-posts/${c.job_post.hash}`} className={link}>
                        {c.job_post.title || c.job_post.hash}
                      </Link>
                      <JobPostStatusBadge status={c.job_post.status} />
                    </span>
                  ) : (
                    "—"
                  ),
                },
                {
                  label: "First applied to",
                  value: c.initial_applied_job_post ? (
                    <Link href={`/job-posts/${c.initial_applied_job_post.hash}`} className={link}>
                      {c.initial_applied_job_post.title || c.initial_applied_job_post.hash}
                    </Link>
                  ) : (
                    "—"
                  ),
                },
                { label: "Stage", value: c.substage ? [c.substage.stage?.name, c.substage.name].filter(Boolean).join(" → ") : "—" },
                ...(pools
                  ? [
                      {
                        label: "Talent pools",
                        value: pools.length ? (
                          <ul className="space-y-1">
                            {pools.map((pool) => (
                              <li key={pool.id}>
                                <Link href={`/talent-pools/${pool.id}`} className={link}>
                                  {pool.name ?? `Talent pool ${pool.id}`}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          "None"
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Section>

          <Section id="record" title="Record" icon={Info}>
            <DescriptionList
              items={[
                { label: "Source platform", value: humanize(c.source_platform) },
                { label: "Entry method", value: humanize(c.entry_method) },
                { label: "CV parsed", value: yesNo(c.is_parsed) },
                { label: "Seen", value: yesNo(c.is_seen) },
                { label: "Created", value: formatDateTime(c.created_at) },
                { label: "Updated", value: formatDateTime(c.updated_at) },
                { label: "Recruspace id", value: String(c.id) },
              ]}
            />
          </Section>
        </div>
      </div>
    </article>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

function yesNo(value: boolean | null): string {
  return value === null ? "—" : value ? "Yes" : "No";
}

function experience(years: number | null | undefined): string {
  if (years === null || years === undefined) return "—";
  if (years === 0) return "Less than a year";
  return `${years} ${years === 1 ? "year" : "years"}`;
}

