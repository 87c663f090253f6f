import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { talentPools } from "@/lib/list-cache/lists";
import { loadUpstream } from "@/lib/errors/load";
import { PageHeader } from "@/components/ui/card";
import { FailureNotice } from "@/components/shell/failure-notice";
import { TalentPoolsManager } from "@/components/talent-pools/talent-pools-manager";
import { CreatePoolButton } from "@/components/talent-pools/pool-dialogs";
import { poolActionsFor } from "../pool-actions";
import { SkippedNotice } from "@/components/shell/skipped-notice";

export const metadata: Metadata = { title: "Talent pools" };

export default async function TalentPoolsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member");
  const creating = (await searchParams).new === "pool";
  const loaded = await loadUpstream(() => talentPools(ctx.tenantId, clientSourceFor(ctx.tenantId)));
  const poolActions = poolActionsFor(ctx);
  return (
    <>
      <PageHeader
        title="Talent pools"
        description="Groups of candidates kept for later roles."
        actions={loaded.ok ? <CreatePoolButton create={poolActions.create} existingNames={loaded.data.items.map((pool) => pool.name)} defaultOpen={creating} /> : null}
      />
      {loaded.ok ? (
        <>
        <SkippedNotice count={loaded.data.skipped} noun={{ one: "talent pool", many: "talent pools" }} role={ctx.role} />
        <TalentPoolsManager
          actions={poolActions}
          pools={loaded.data.items.map((pool) => ({
            id: pool.id,
            name: pool.name,
            candidateCount: pool.candidate_count,
            createdAt: pool.created_at,
          }))}
        />
        </>
      ) : (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      )}
    </>
  );
}
