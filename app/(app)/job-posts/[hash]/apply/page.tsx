import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { loadUpstream } from "@/lib/errors/load";
import { loadApplyQuestions } from "@/lib/candidates/apply";
import { JOB_POST_HASH } from "@/lib/candidates/apply-schema";
import { maxCvBytes } from "@/lib/cv/server-config";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { FailureNotice } from "@/components/shell/failure-notice";
import { ApplyForm } from "@/components/candidates/apply-form";
import { checkDuplicate } from "@/app/(app)/candidates/new/actions";
import { applyToJobPost } from "./actions";
import { SkippedNotice } from "@/components/shell/skipped-notice";
import { jobPostTitle } from "@/lib/job-posts/title";
import { applyPrefill, prefillCandidateId } from "@/lib/candidates/apply-prefill";

export const metadata: Metadata = { title: "Apply a candidate" };

export default async function ApplyPage({
  params,
  searchParams,
}: {
  params: Promise<{ hash: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { hash } = await params;
  const fromCandidate = prefillCandidateId((await searchParams).candidate);
  if (!JOB_POST_HASH.test(hash)) notFound();
  const ctx = await requireTenantPage("member", `/job-posts/${hash}/apply`);
  const loaded = await loadUpstream(async () => {
    const api = await recruspaceForTenant(ctx.tenantId);
    const [post, questions, candidate] = await Promise.all([
      api.getJobPost(hash),
      loadApplyQuestions(api, hash),
      // Opened from a candidate's page: their details; a candidate that cannot be read leaves the form empty.
      fromCandidate === null ? null : api.getCandidate(fromCandidate).catch(() => null),
    ]);
    return { post, questions, prefill: candidate ? applyPrefill(candidate) : null, prefillMissing: fromCandidate !== null && !candidate };
  });
  if (!loaded.ok && loaded.problem.code === "not_found") notFound();

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/job-posts/${encodeURIComponent(hash)}`} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-blue-300">
        <ArrowLeft aria-hidden="true" className="size-4" /> Back to the job post
      </Link>
      {!loaded.ok ? (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      ) : (
        <>
          <PageHeader title={`Apply to ${jobPostTitle(loaded.data.post)}`} description="Apply a candidate on their behalf, with the post's questions." />
          {loaded.data.prefillMissing ? (
            <Notice tone="warning" title="The candidate could not be loaded">
              <p>Their details are not filled in; enter them below.</p>
            </Notice>
          ) : null}
          <SkippedNotice count={loaded.data.questions.skipped} noun={{ one: "question", many: "questions" }} role={ctx.role} />
          <Card>
            <ApplyForm
              hash={hash}
              postTitle={jobPostTitle(loaded.data.post)}
              questions={loaded.data.questions.questions}
              maxBytes={maxCvBytes()}
              apply={bindToPage(ctx, { applyToJobPost }).applyToJobPost}
              tenantId={ctx.tenantId}
              checkDuplicate={checkDuplicate}
              prefill={loaded.data.prefill}
            />
          </Card>
        </>
      )}
    </div>
  );
}
