import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { listWorkspaceNotes } from "@/lib/workspace/candidate-notes";
import { loadUpstream } from "@/lib/workspace/upstream-problem";
import { Notice } from "@/components/ui/notice";
import { UpstreamNotice } from "@/components/workspace/upstream-notice";
import { CandidateView } from "./candidate-view";

/** Fetches a fresh candidate (never cached: its file links expire) and this workspace's notes. */
export async function CandidateLoader({ candidateId, ctx }: { candidateId: number; ctx: TenantContext }) {
  const [candidate, notes] = await Promise.all([
    loadUpstream(async () => (await recruspaceForTenant(ctx.tenantId)).getCandidate(candidateId)),
    listWorkspaceNotes(db(), ctx.tenantId, candidateId),
  ]);
  if (!candidate.ok) {
    if (candidate.problem.kind === "not_found") {
      return (
        <Notice tone="error" title="Candidate not found">
          <p>Recruspace has no candidate with this number for your company. It may have been deleted.</p>
        </Notice>
      );
    }
    return <UpstreamNotice problem={candidate.problem} role={ctx.role} />;
  }
  return <CandidateView candidate={candidate.data} notes={notes} authorName={ctx.userName || ctx.userEmail} />;
}
