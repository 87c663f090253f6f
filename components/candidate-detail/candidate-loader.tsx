import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/context";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { listWorkspaceNotes } from "@/lib/candidates/notes";
import { candidateTimeline } from "@/lib/candidates/timeline";
import { timelineNames } from "@/lib/candidates/timeline-names";
import { findActiveKey } from "@/lib/vault/api-keys";
import { rememberSeen } from "@/lib/candidate-index/record";
import { seenOpened } from "@/lib/candidate-index/sightings";
import { loadUpstream } from "@/lib/errors/load";
import { Notice } from "@/components/ui/notice";
import { FailureNotice } from "@/components/shell/failure-notice";
import { CandidateView, type CandidateActions } from "./candidate-view";

/**
 * Fetches the candidate (the short-lived answer its CV and photo routes share, lib/list-cache/candidate-answer.ts),
 * then this workspace's notes on it:
 * only those of the Recruspace account that answered (lib/candidates/notes.ts), so a note written for
 * another company's candidate with the same id never shows here; and the workspace's timeline of them
 * (lib/candidates/timeline.ts), read from events recorded under the current key.
 */
export async function CandidateLoader({ candidateId, ctx, actions }: { candidateId: number; ctx: TenantContext; actions: CandidateActions }) {
  const candidate = await loadUpstream(async () => (await recruspaceForTenant(ctx.tenantId)).getCandidate(candidateId));
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
  const [notes, key] = await Promise.all([
    listWorkspaceNotes(db(), ctx.tenantId, candidate.data),
    findActiveKey(db(), ctx.tenantId),
    rememberSeen(db(), ctx.tenantId, [seenOpened(candidate.data)]),
  ]);
  const events = await candidateTimeline(db(), ctx.tenantId, candidate.data.id, key?.createdAt ?? null);
  const timeline = { events, names: await timelineNames(ctx.tenantId, candidate.data, events) };
  return <CandidateView candidate={candidate.data} notes={notes} timeline={timeline} authorName={ctx.userName || ctx.userEmail} actions={actions} />;
}
