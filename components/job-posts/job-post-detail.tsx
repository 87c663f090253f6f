import Link from "next/link";
import { candidateHref } from "@/lib/candidates/came-from";
import type { JobPost as JobPostDetail } from "@/lib/recruspace/schemas";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatDate, fullName, humanize } from "@/components/ui/format";
import { DescriptionList, type DescriptionItem } from "@/components/ui/description-list";
import { JobPostStatusBadge } from "./status-badge";

/** Everything Get Job Post returns, laid out for reading. */
export function JobPostDetailView({ post }: { post: JobPostDetail }) {
  const office = post.office;
  const items: DescriptionItem[] = [
    { label: "Status", value: <JobPostStatusBadge status={post.status} /> },
    { label: "Applicants", value: post.applicant_count === null ? "—" : String(post.applicant_count) },
    { label: "Employment type", value: humanize(post.employment_type) },
    { label: "Workplace", value: humanize(post.workplace_type) },
    { label: "Locations", value: post.locations?.length ? post.locations.join(", ") : "—" },
    {
      label: "Office",
      value: office ? `${office.name ?? `Office ${office.id}`}${office.city ? `, ${office.city}` : ""}${office.country ? `, ${office.country}` : ""}` : "—",
    },
    {
      label: "Categories",
      value: post.categories?.length ? (
        <span className="flex flex-wrap gap-1">
          {post.categories.map((c) => (
            <Badge key={c}>{c}</Badge>
          ))}
        </span>
      ) : (
        "—"
      ),
    },
    { label: "Created by", value: post.created_by ? fullName(post.created_by.user) : "—" },
    { label: "Created", value: formatDate(post.created_at) },
    { label: "Updated", value: formatDate(post.updated_at) },
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <Card>
        <h2 className="text-lg font-semibold">Description</h2>
        {post.description ? (
          <div className="mt-3 space-y-3 text-sm leading-6 text-slate-800 dark:text-slate-200">
            {post.description.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        ) : (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Recruspace sent no description for this job post.</p>
        )}
      </Card>
      <div className="space-y-6">
        <Card>
          <h2 className="text-lg font-semibold">Details</h2>
          <DescriptionList items={items} className="mt-3" />
        </Card>
        {post.example_candidates?.length ? (
          <Card>
            <h2 className="text-lg font-semibold">Recent applicants</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {post.example_candidates.map((c) => (
                <li key={c.id}>
                  <Link href={candidateHref(c.id, `/job-posts/${post.hash}`)} className="font-medium text-brand-700 hover:underline dark:text-blue-300">
                    {fullName(c)}
                  </Link>
                  <span className="block text-slate-600 dark:text-slate-400">{c.email}</span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
