import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, ClipboardList, UserPlus } from "lucide-react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { addCandidateHref } from "@/components/shell/nav-items";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { loadUpstream } from "@/lib/errors/load";
import { db } from "@/lib/db";
import { rememberSeen } from "@/lib/candidate-index/record";
import { seenInJobPosts } from "@/lib/candidate-index/sightings";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FailureNotice } from "@/components/shell/failure-notice";
import { JobPostDetailView } from "@/components/job-posts/job-post-detail";
import { JobPostQuestions } from "@/components/job-posts/job-post-questions";
import { SkippedNotice } from "@/components/shell/skipped-notice";
import { jobPostTitle } from "@/lib/job-posts/title";

export const metadata: Metadata = { title: "Job post" };

const HASH = /^[A-Za-z0-9_-]{1,64}$/;

export default async function JobPostPage({ params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params;
  if (!HASH.test(hash)) notFound();
  const ctx = await requireTenantPage("member");
  const client = clientSourceFor(ctx.tenantId);
  const [post, questions] = await Promise.all([
    loadUpstream(async () => (await client()).getJobPost(hash)),
    loadUpstream(async () => (await client()).listJobPostQuestions(hash)),
  ]);
  // Before anything streams (no loading boundary above this page), so an unknown post answers 404.
  if (!post.ok && post.problem.code === "not_found") notFound();
  // The workspace index remembers the post's example candidates (no extra call).
  if (post.ok) await rememberSeen(db(), ctx.tenantId, seenInJobPosts([post.data]));

  return (
    <div className="space-y-6">
      <Link href="/job-posts" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-blue-300">
        <ArrowLeft aria-hidden="true" className="size-4" /> All job posts
      </Link>
      {!post.ok ? (
        <FailureNotice problem={post.problem} role={ctx.role} />
      ) : (
        <>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <h1 className="text-2xl font-semibold tracking-tight">{jobPostTitle(post.data)}</h1>
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="secondary">
                <Link href={addCandidateHref({ jobPost: post.data.hash })}>
                  <UserPlus aria-hidden="true" className="size-4" /> Add candidate
                </Link>
              </Button>
              <Button asChild>
                <Link href={`/job-posts/${encodeURIComponent(post.data.hash)}/apply`}>
                  <ClipboardList aria-hidden="true" className="size-4" /> Apply a candidate
                </Link>
              </Button>
            </div>
          </div>
          <JobPostDetailView post={post.data} />
          <Card>
            <h2 className="text-lg font-semibold">Application questions</h2>
            <div className="mt-3">
              {questions.ok ? (
                <>
                  <SkippedNotice count={questions.data.skipped} noun={{ one: "question", many: "questions" }} role={ctx.role} />
                  <JobPostQuestions questions={questions.data.items} />
                </>
              ) : (
                <FailureNotice problem={questions.problem} role={ctx.role} />
              )}
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
