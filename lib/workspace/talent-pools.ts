import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { recordActorAudit } from "@/lib/audit/record";
import { onTalentPoolsChanged } from "./cache-invalidation";
import type { TalentPool, WorkspaceActor } from "./types";

/** Pool mutations: call Recruspace, drop the tenant's cached pool lists, record who did it. */
export async function createTalentPool(client: RecruspaceClient, actor: WorkspaceActor, name: string): Promise<TalentPool> {
  const pool = await client.createTalentPool({ name });
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.created", pool.id, { name: pool.name });
  return pool;
}

export async function renameTalentPool(
  client: RecruspaceClient,
  actor: WorkspaceActor,
  id: number,
  name: string,
): Promise<TalentPool> {
  const pool = await client.updateTalentPool(id, { name });
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.renamed", id, { name: pool.name });
  return pool;
}

export async function deleteTalentPool(client: RecruspaceClient, actor: WorkspaceActor, id: number, name?: string): Promise<void> {
  await client.deleteTalentPool(id);
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.deleted", id, name ? { name } : undefined);
}

function audit(
  actor: WorkspaceActor,
  action: "talent_pool.created" | "talent_pool.renamed" | "talent_pool.deleted",
  poolId: number,
  metadata?: Record<string, string>,
) {
  return recordActorAudit(actor, {
    action,
    targetType: "talent_pool",
    targetId: String(poolId),
    metadata,
  });
}
