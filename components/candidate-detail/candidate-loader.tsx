import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { listWorkspaceNotes } from "@/lib/candidates/notes";
import { loadUpstream } from "@/lib/errors/load";
import { Notice } from "@/components/ui/notice";
import { FailureNotice } from "@/components/shell/failure-notice";
import { CandidateView, type CandidateActions } from "./candidate-view";

/** Fetches a fresh candidate (never cached: its file links expire) and this workspace's notes. */
export async function CandidateLoader({ candidateId, ctx, actions }: { candidateId: number; ctx: TenantContext; actions: CandidateActions }) {
  const [candidate, notes] = await Promise.all([
    loadUpstream(async () => (await recruspaceForTenant(ctx.tenantId)).getCandidate(candidateId)),
    listWorkspaceNotes(db(), ctx.tenantId, candidateId),
  ]);
  if (!candidate.ok) {
    if (candidate.problem.code === "not_found") {
      return (
        <Notice tone="error" title="Candidate not found">
          <p>Recruspace has no candidate with this number for your company. It may have been deleted.</p>
        </Notice>
      );
    }
    return <FailureNotice problem={candidate.problem} role={ctx.role} />;
  }
  return <CandidateView candidate={candidate.data} notes={notes} authorName={ctx.userName || ctx.userEmail} actions={actions} />;
}
