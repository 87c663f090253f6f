import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { loadUpstream } from "@/lib/errors/load";
import { listDestinations as loadDestinations, type DestinationOption } from "@/lib/candidates/destinations";
import { maxCvBytes } from "@/lib/cv/server-config";
import { PageHeader, Card } from "@/components/ui/card";
import { FailureNotice } from "@/components/shell/failure-notice";
import { AddCandidateForm } from "@/components/candidates/add-candidate-form";
import { addExistingCandidate, checkDuplicate, createCandidate, listDestinations } from "./actions";
import { jobPostTitle } from "@/lib/job-posts/title";

export const metadata: Metadata = { title: "Add candidate" };

const HASH = /^[A-Za-z0-9_-]{1,64}$/;
const POOL_ID = /^[1-9][0-9]{0,15}$/;

export default async function NewCandidatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member", "/candidates/new");
  const params = await searchParams;
  const jobPost = typeof params.jobPost === "string" && HASH.test(params.jobPost) ? params.jobPost : null;
  const pool = typeof params.pool === "string" && POOL_ID.test(params.pool) ? params.pool : null;
  // The search page's "add a candidate with this email" comes with the email.
  const email = typeof params.email === "string" ? params.email.trim().slice(0, 254) : "";
  const wanted = jobPost ? `job_post:${jobPost}` : pool ? `talent_pool:${pool}` : "";

  const loaded = await loadUpstream(async () => {
    const client = clientSourceFor(ctx.tenantId);
    const list = await loadDestinations(ctx.tenantId, client);
    // A post linked from its page may lie beyond the picker's first page: fetch it by its hash.
    if (jobPost && !list.options.some((option) => option.value === wanted)) {
      const post = await (await client()).getJobPost(jobPost).catch(() => null);
      if (post) list.options.unshift({ value: wanted, label: jobPostTitle(post), kind: "job_post" } satisfies DestinationOption);
    }
    return list;
  });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Add candidate" description="Add a person with their CV to a job post or a talent pool." />
      {!loaded.ok ? (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      ) : (
        <Card>
          <AddCandidateForm
            actions={{ ...bindToPage(ctx, { create: createCandidate, addExisting: addExistingCandidate }), checkDuplicate, listDestinations }}
            tenantId={ctx.tenantId}
            options={loaded.data.options}
            truncated={loaded.data.jobPostsTruncated}
            initialDestination={loaded.data.options.some((option) => option.value === wanted) ? wanted : ""}
            initialEmail={email}
            maxBytes={maxCvBytes()}
          />
        </Card>
      )}
    </div>
  );
}
