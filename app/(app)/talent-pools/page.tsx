import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { clientSourceFor } from "@/lib/workspace/client-source";
import { talentPools } from "@/lib/workspace/lists";
import { loadUpstream } from "@/lib/workspace/upstream-problem";
import { PageHeader } from "@/components/ui/card";
import { UpstreamNotice } from "@/components/workspace/upstream-notice";
import { TalentPoolsManager } from "@/components/talent-pools/talent-pools-manager";
import { CreatePoolButton } from "@/components/talent-pools/pool-dialogs";

export const metadata: Metadata = { title: "Talent pools" };

export default async function TalentPoolsPage() {
  const ctx = await requireTenantPage("member");
  const loaded = await loadUpstream(() => talentPools(ctx.tenantId, clientSourceFor(ctx.tenantId)));
  return (
    <>
      <PageHeader
        title="Talent pools"
        description="Groups of candidates kept for later roles."
        actions={loaded.ok ? <CreatePoolButton /> : null}
      />
      {loaded.ok ? (
        <TalentPoolsManager
          pools={loaded.data.map((pool) => ({
            id: pool.id,
            name: pool.name,
            candidateCount: pool.candidate_count,
            createdAt: pool.created_at,
          }))}
        />
      ) : (
        <UpstreamNotice problem={loaded.problem} role={ctx.role} />
      )}
    </>
  );
}
