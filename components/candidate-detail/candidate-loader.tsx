import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { listWorkspaceNotes } from "@/lib/candidates/notes";
import { loadUpstream } from "@/lib/errors/load";
import { notFound } from "next/navigation";
import { FailureNotice } from "@/components/shell/failure-notice";
import { CandidateView, type CandidateActions } from "./candidate-view";

/**
 * Fetches a fresh candidate (never cached: its file links expire), then this workspace's notes on it:
 * only those of the Recruspace account that answered (lib/candidates/notes.ts), so a note written for
 * another company's candidate with the same id never shows here.
 */
export async function CandidateLoader({ candidateId, ctx, actions }: { candidateId: number; ctx: TenantContext; actions: CandidateActions }) {
  const candidate = await loadUpstream(async () => (await recruspaceForTenant(ctx.tenantId)).getCandidate(candidateId));
  if (!candidate.ok) {
    // Rendered outside any Suspense boundary (the page has no loading state), so this answers 404.
    if (candidate.problem.code === "not_found") notFound();
    return <FailureNotice problem={candidate.problem} role={ctx.role} />;
  }
  const notes = await listWorkspaceNotes(db(), ctx.tenantId, candidate.data);
  return <CandidateView candidate={candidate.data} notes={notes} authorName={ctx.userName || ctx.userEmail} actions={actions} />;
}
