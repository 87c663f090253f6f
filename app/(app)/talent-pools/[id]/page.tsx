import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, UserPlus } from "lucide-react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { addCandidateHref } from "@/components/shell/nav-items";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { poolCandidatesPage, talentPools } from "@/lib/list-cache/lists";
import { parsePage, parsePageSize } from "@/lib/paging/page-params";
import { loadUpstream } from "@/lib/errors/load";
import { db } from "@/lib/db";
import { rememberSeen } from "@/lib/candidate-index/record";
import { seenInPool } from "@/lib/candidate-index/sightings";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { PageSizeSelect } from "@/components/ui/page-size-select";
import { FailureNotice } from "@/components/shell/failure-notice";
import { fullName } from "@/components/ui/format";
import { PoolCandidatesTable } from "@/components/talent-pools/pool-candidates-table";
import { DeletePoolButton, RenamePoolButton } from "@/components/talent-pools/pool-dialogs";
import { Suspense } from "react";
import { poolActionsFor } from "../pool-actions";
import { bulkActionsFor } from "../../candidates/bulk-actions-for";
import { SkippedNotice } from "@/components/shell/skipped-notice";

export const metadata: Metadata = { title: "Talent pool" };

export default async function TalentPoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: rawId } = await params;
  if (!/^\d{1,10}$/.test(rawId)) notFound();
  const poolId = Number(rawId);
  const ctx = await requireTenantPage("member");
  const query = await searchParams;
  const page = parsePage(query.page);
  const pageSize = parsePageSize(query.pageSize);
  const client = clientSourceFor(ctx.tenantId);
  const [pools, candidates] = await Promise.all([
    loadUpstream(() => talentPools(ctx.tenantId, client)),
    loadUpstream(() => poolCandidatesPage(ctx.tenantId, client, poolId, page, pageSize)),
  ]);
  const pool = pools.ok ? pools.data.items.find((p) => p.id === poolId) : undefined;
  // The cached pool list can be older than this page's own list of the pool's people (someone added one
  // since): the larger count decides, so a pool that has people is never deleted with one click.
  const candidateCount = largerCount(pool?.candidate_count ?? null, candidates.ok ? candidates.data.count : null);
  // The workspace index remembers the people of this page, in this pool (no extra call).
  if (candidates.ok) await rememberSeen(db(), ctx.tenantId, seenInPool(candidates.data.results, pool ? { id: pool.id, name: pool.name } : null));
  const poolActions = poolActionsFor(ctx);
  const urlParams = { pageSize: pageSize === 20 ? undefined : String(pageSize), page: page === 1 ? undefined : String(page) };
  const back = (
    <Link href="/talent-pools" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-blue-300">
      <ArrowLeft aria-hidden="true" className="size-4" /> All talent pools
    </Link>
  );

  // Not found only when the whole list was readable: a pool Recruspace sent in an unreadable shape is not "gone".
  // Called before anything streams (this route has no loading boundary above it), so the answer is a 404.
  if (pools.ok && !pool && pools.data.skipped === 0) notFound();

  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{pool?.name ?? `Talent pool ${poolId}`}</h1>
          {pool && candidateCount !== null ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {candidateCount} {candidateCount === 1 ? "candidate" : "candidates"}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button asChild>
            <Link href={addCandidateHref({ pool: poolId })}>
              <UserPlus aria-hidden="true" className="size-4" /> Add candidate
            </Link>
          </Button>
          {pool ? (
            <>
              <RenamePoolButton pool={{ id: pool.id, name: pool.name }} rename={poolActions.rename} />
              {poolActions.remove ? (
                <DeletePoolButton pool={{ id: pool.id, name: pool.name, candidateCount }} afterDelete="/talent-pools" remove={poolActions.remove} />
              ) : null}
            </>
          ) : null}
        </div>
      </div>
      {!candidates.ok ? (
        candidates.problem.code === "not_found" && page > 1 ? (
          <Notice
            tone="warning"
            title="That page is past the end of the list"
            action={
              <Link href={`/talent-pools/${poolId}`} className="font-medium underline">
                Go to the first page
              </Link>
            }
          />
        ) : (
          <FailureNotice problem={candidates.problem} role={ctx.role} />
        )
      ) : candidates.data.results.length === 0 && candidates.data.skipped === 0 ? (
        <EmptyState
          title="No candidates in this pool yet"
          description="Add a candidate to start filling it."
          action={
            <Link href={addCandidateHref({ pool: poolId })} className="font-medium text-brand-700 underline dark:text-blue-300">
              Add a candidate
            </Link>
          }
        />
      ) : (
        <>
          <SkippedNotice count={candidates.data.skipped} noun={{ one: "candidate on this page", many: "candidates on this page" }} role={ctx.role} />
          <PoolCandidatesTable
            bulk={bulkActionsFor(ctx)}
            from={hrefWith(`/talent-pools/${poolId}`, urlParams, {})}
            rows={candidates.data.results.map((c) => ({
              id: c.id,
              name: fullName(c),
              email: c.email,
              tags: c.tags?.map((t) => t.title) ?? null,
              addedAt: c.added_at ?? c.created_at,
              suitability: c.suitability ?? null,
            }))}
          />
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <Pagination
              page={page}
              pageSize={pageSize}
              total={candidates.data.count}
              pathname={`/talent-pools/${poolId}`}
              params={urlParams}
              noun="candidates"
              className="flex-1"
            />
            <Suspense>
              <PageSizeSelect value={pageSize} />
            </Suspense>
          </div>
        </>
      )}
      {!pools.ok ? <FailureNotice problem={pools.problem} role={ctx.role} /> : null}
    </div>
  );
}

function largerCount(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
