import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SearchX, UserPlus } from "lucide-react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { searchCandidatesByEmail } from "@/lib/candidates/email-search";
import { searchSeen, seenByIds, INDEX_PAGE_SIZE } from "@/lib/candidate-index/search";
import { purgeNowAndThen } from "@/lib/candidate-index/purge-schedule";
import { parsePage, firstParam } from "@/lib/paging/page-params";
import { loadUpstream } from "@/lib/errors/load";
import { db } from "@/lib/db";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { FailureNotice } from "@/components/shell/failure-notice";
import { SearchHitList } from "@/components/candidates/search-hit-list";
import { IndexControls } from "@/components/candidates/index-controls";
import { clearIndexAction, refreshIndexFromPoolsAction } from "./actions";
import { bulkActionsFor } from "../candidates/bulk-actions-for";

export const metadata: Metadata = { title: "Search candidates" };

const SEEN_ONLY = "Names and tags find the people this workspace has seen: in pool lists, on job posts, and every candidate opened, added or applied here.";

/**
 * `?q=`: a name, tag or email. With an "@" it is an email: Recruspace's own search (an exact match opens
 * the candidate); otherwise the workspace index. `?email=` is Recruspace's email search as before.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member");
  const params = await searchParams;
  const page = parsePage(params.page);
  const q = firstParam(params.q)?.trim().slice(0, 254) ?? "";
  const emailParam = firstParam(params.email)?.trim().slice(0, 254) ?? "";
  const email = emailParam || (q.includes("@") ? q : "");
  const controls = <IndexControls actions={bindToPage(ctx, { refresh: refreshIndexFromPoolsAction, clear: clearIndexAction })} isAdmin={ctx.role === "admin"} />;

  if (!email && !q) {
    return (
      <>
        <PageHeader title="Search candidates" description={SEEN_ONLY} />
        <EmptyState title="Type a name, tag or email in the search box" description="Press / anywhere to jump to the search box. An exact email opens the candidate." />
        {controls}
      </>
    );
  }

  if (!email) {
    await purgeNowAndThen(db(), ctx.tenantId);
    const found = await searchSeen(db(), ctx.tenantId, q, { page, pageSize: INDEX_PAGE_SIZE });
    return (
      <>
        <PageHeader title="Search candidates" description={`People this workspace has seen matching “${q}”`} />
        <p className="text-sm text-slate-600 dark:text-slate-400">{SEEN_ONLY}</p>
        {found.total === 0 ? (
          <EmptyState
            icon={SearchX}
            title="Nobody this workspace has seen matches"
            description="Try the beginning of a first name, last name, email or tag, or refresh from the pools."
            action={
              <Button asChild variant="secondary">
                <Link href={`/search?email=${encodeURIComponent(q)}`}>Search Recruspace for emails containing “{q}”</Link>
              </Button>
            }
          />
        ) : (
          <section aria-labelledby="matches-heading" className="space-y-3">
            <h2 id="matches-heading" className="text-sm font-medium text-slate-700 dark:text-slate-300">
              {found.capped ? `More than ${found.total} people match; type more of the name to narrow it down` : `${found.total} ${found.total === 1 ? "person matches" : "people match"}`}
            </h2>
            <SearchHitList bulk={bulkActionsFor(ctx)} labelledBy="matches-heading" from={searchPath({ q, page })} rows={found.hits.map((hit) => ({ id: hit.candidateId, email: hit.email, known: hit }))} />
            <Pagination page={found.page} pageSize={found.pageSize} total={found.total} pathname="/search" params={{ q }} noun="people" />
          </section>
        )}
        {controls}
      </>
    );
  }

  const loaded = await loadUpstream(async () => searchCandidatesByEmail(await recruspaceForTenant(ctx.tenantId), email));
  if (loaded.ok && loaded.data.kind === "exact") redirect(`/candidates/${loaded.data.candidateId}`);
  const matches = loaded.ok && loaded.data.kind === "matches" ? loaded.data.matches : [];
  // Recruspace answers every match at once: the page shows 20 at a time, with the names the workspace knows.
  const shown = matches.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE);
  const known = await seenByIds(db(), ctx.tenantId, shown.map((match) => match.id));

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
      ) : (
        <section aria-labelledby="matches-heading" className="space-y-3">
          <h2 id="matches-heading" className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {matches.length} {matches.length === 1 ? "candidate matches" : "candidates match"}
          </h2>
          <SearchHitList bulk={bulkActionsFor(ctx)} labelledBy="matches-heading" from={searchPath({ email, page })} rows={shown.map((match) => ({ id: match.id, email: match.email, known: known.get(match.id) ?? null }))} />
          {matches.length > INDEX_PAGE_SIZE ? (
            <Pagination page={page} pageSize={INDEX_PAGE_SIZE} total={matches.length} pathname="/search" params={{ email }} noun="candidates" />
          ) : null}
        </section>
      )}
    </>
  );
}

/** This search page with its query and page, for the results' way back. */
function searchPath(params: { q?: string; email?: string; page: number }): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.email) query.set("email", params.email);
  if (params.page > 1) query.set("page", String(params.page));
  return `/search?${query.toString()}`;
}
