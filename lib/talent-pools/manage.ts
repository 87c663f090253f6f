import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { mayHaveHappened } from "@/lib/recruspace/errors";
import { onTalentPoolsChanged } from "@/lib/list-cache/invalidate";
import type { TalentPool } from "@/lib/recruspace/schemas";

/**
 * Pool mutations: call Recruspace, drop the tenant's cached pool lists, record who did it.
 * Creating is a POST that is never repeated blindly: when its answer is lost (timeout, dropped
 * connection, 5xx) the pools are listed again, and a pool of this name that was not there before is
 * the one we made. Names are not unique, so the ids from before the call tell ours apart.
 */
export async function createTalentPool(client: RecruspaceClient, actor: Actor, name: string): Promise<TalentPool> {
  const before = await poolIdsNamed(client, name);
  let pool: TalentPool;
  let recovered = false;
  try {
    pool = await client.createTalentPool({ name });
  } catch (error) {
    const made = mayHaveHappened(error) ? await newPoolNamed(client, name, before) : null;
    if (!made) throw error;
    pool = made;
    recovered = true;
  }
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.created", pool.id, recovered ? { name: pool.name, recoveredAfterFailure: "true" } : { name: pool.name });
  return pool;
}

async function poolIdsNamed(client: RecruspaceClient, name: string): Promise<Set<number>> {
  return new Set((await client.listTalentPools()).filter((pool) => pool.name === name).map((pool) => pool.id));
}

/** The one pool of this name that appeared since `before`, or null (none, several, or the list failed too). */
async function newPoolNamed(client: RecruspaceClient, name: string, before: Set<number>): Promise<TalentPool | null> {
  try {
    const appeared = (await client.listTalentPools()).filter((pool) => pool.name === name && !before.has(pool.id));
    return appeared.length === 1 ? appeared[0]! : null;
  } catch {
    return null;
  }
}

export async function renameTalentPool(
  client: RecruspaceClient,
  actor: Actor,
  id: number,
  name: string,
): Promise<TalentPool> {
  const pool = await client.updateTalentPool(id, { name });
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.renamed", id, { name: pool.name });
  return pool;
}

export async function deleteTalentPool(client: RecruspaceClient, actor: Actor, id: number, name?: string): Promise<void> {
  await client.deleteTalentPool(id);
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.deleted", id, name ? { name } : undefined);
}

function audit(
  actor: Actor,
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
