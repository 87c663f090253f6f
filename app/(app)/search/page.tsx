import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SearchX, UserPlus } from "lucide-react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { searchCandidatesByEmail } from "@/lib/candidates/email-search";
import { loadUpstream } from "@/lib/errors/load";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FailureNotice } from "@/components/shell/failure-notice";

export const metadata: Metadata = { title: "Search by email" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member");
  const raw = (await searchParams).email;
  const email = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 254) ?? "";

  if (!email) {
    return (
      <>
        <PageHeader title="Search by email" />
        <EmptyState title="Type an email in the search box" description="Press / anywhere to jump to the search box. Part of an address finds every match." />
      </>
    );
  }

  const loaded = await loadUpstream(async () => searchCandidatesByEmail(await recruspaceForTenant(ctx.tenantId), email));
  if (loaded.ok && loaded.data.kind === "exact") redirect(`/candidates/${loaded.data.candidateId}`);

  return (
    <>
      <PageHeader title="Search by email" description={`Results for “${email}”`} />
      {!loaded.ok ? (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      ) : loaded.data.kind === "none" ? (
        <EmptyState
          icon={SearchX}
          title="No candidate with that email"
          description={`Nobody in Recruspace has an email containing “${email}”.`}
          action={
            <Button asChild>
              <Link href={`/candidates/new?email=${encodeURIComponent(email)}`}>
                <UserPlus aria-hidden="true" className="size-4" /> Add a candidate with this email
              </Link>
            </Button>
          }
        />
      ) : loaded.data.kind === "matches" ? (
        <section aria-labelledby="matches-heading">
          <h2 id="matches-heading" className="mb-3 text-sm font-medium text-slate-700 dark:text-slate-300">
            {loaded.data.matches.length} {loaded.data.matches.length === 1 ? "candidate matches" : "candidates match"}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {loaded.data.matches.map((match) => (
              <li key={match.id}>
                <Link
                  href={`/candidates/${match.id}`}
                  className="flex items-center justify-between gap-3 px-4 py-3 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-slate-900"
                >
                  <span className="break-all font-medium text-brand-700 dark:text-blue-300">{match.email}</span>
                  <span className="shrink-0 text-slate-600 dark:text-slate-400">Candidate {match.id}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
