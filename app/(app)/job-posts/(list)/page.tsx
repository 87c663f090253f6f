import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { jobPostsPage } from "@/lib/list-cache/lists";
import { jobPostQueryParams, parseJobPostQuery } from "@/lib/job-posts/list-query";
import { loadUpstream } from "@/lib/errors/load";
import { db } from "@/lib/db";
import { rememberSeen } from "@/lib/candidate-index/record";
import { seenInJobPosts } from "@/lib/candidate-index/sightings";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { PageSizeSelect } from "@/components/ui/page-size-select";
import { FailureNotice } from "@/components/shell/failure-notice";
import { JobPostFilters } from "@/components/job-posts/job-post-filters";
import { JobPostsTable } from "@/components/job-posts/job-posts-table";
import { SkippedNotice } from "@/components/shell/skipped-notice";
import { jobPostTitle } from "@/lib/job-posts/title";

export const metadata: Metadata = { title: "Job posts" };

export default async function JobPostsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member");
  const query = parseJobPostQuery(await searchParams);
  const params = jobPostQueryParams(query);
  const loaded = await loadUpstream(() => jobPostsPage(ctx.tenantId, clientSourceFor(ctx.tenantId), query));
  if (loaded.ok) await rememberSeen(db(), ctx.tenantId, seenInJobPosts(loaded.data.results));
  const filtered = Boolean(query.status || query.search);

  return (
    <>
      <PageHeader title="Job posts" description="Your company's job posts in Recruspace." />
      <div className="space-y-4">
        <Suspense>
          <JobPostFilters status={query.status} search={query.search} />
        </Suspense>
        {!loaded.ok ? (
          loaded.problem.code === "not_found" && query.page > 1 ? (
            <Notice
              tone="warning"
              title="That page is past the end of the list"
              action={
                <Link href={hrefWith("/job-posts", params, { page: undefined })} className="font-medium underline">
                  Go to the first page
                </Link>
              }
            />
          ) : (
            <FailureNotice problem={loaded.problem} role={ctx.role} />
          )
        ) : loaded.data.results.length === 0 && loaded.data.skipped === 0 && loaded.data.hiddenByLocalFilter === 0 ? (
          <EmptyState
            title={filtered ? "No job posts match" : "No job posts yet"}
            description={filtered ? "Try another status or search term." : "Job posts created in Recruspace appear here."}
            action={
              filtered ? (
                <Link href="/job-posts" className="font-medium text-brand-700 underline dark:text-blue-300">
                  Clear the filters
                </Link>
              ) : null
            }
          />
        ) : (
          <>
            <SkippedNotice count={loaded.data.skipped} noun={{ one: "job post on this page", many: "job posts on this page" }} role={ctx.role} />
            {loaded.data.hiddenByLocalFilter > 0 ? (
              <Notice tone="info" title="Filtered here, not by Recruspace">
                <p>
                  {loaded.data.hiddenByLocalFilter} {loaded.data.hiddenByLocalFilter === 1 ? "post" : "posts"} on this page did not match the
                  {query.status && query.search ? " status and search" : query.status ? " status" : " search"} and {loaded.data.hiddenByLocalFilter === 1 ? "is" : "are"} hidden.
                  Recruspace did not apply the filter itself, so the page count covers all posts.
                </p>
              </Notice>
            ) : null}
            <JobPostsTable
              rows={loaded.data.results.map((post) => ({
                hash: post.hash,
                title: jobPostTitle(post),
                status: post.status,
                applicantCount: post.applicant_count,
                createdAt: post.created_at,
              }))}
            />
            <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
              <Pagination
                page={query.page}
                pageSize={query.pageSize}
                total={loaded.data.count}
                pathname="/job-posts"
                params={params}
                noun="job posts"
                className="flex-1"
              />
              <Suspense>
                <PageSizeSelect value={query.pageSize} />
              </Suspense>
            </div>
          </>
        )}
      </div>
    </>
  );
}
