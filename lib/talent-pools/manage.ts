import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { LostWriteError } from "@/lib/errors/failures";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { mayHaveHappened, NotFoundError } from "@/lib/recruspace/errors";
import { onTalentPoolCreated, onTalentPoolsChanged } from "@/lib/list-cache/invalidate";
import { talentPools } from "@/lib/list-cache/lists";
import type { TalentPool } from "@/lib/recruspace/schemas";

/** A pool as the app knows it after a write: the name is the one asked for when the answer could not be read. */
export type PoolRef = { id: number; name: string };

/**
 * Pool mutations: call Recruspace, drop the tenant's cached pool lists, record who did it.
 * Creating is a POST that is never repeated blindly. When its answer is lost (timeout, dropped
 * connection, 5xx), or is a success whose body cannot be read, the pools are listed again, and the
 * one pool of this name that was not there before is the one we made. Names are not unique, so the
 * ids from before the call tell ours apart. "Before" is the tenant's cached pool list when there is one
 * (the pools page the form sits on was just listed, and every pool change anywhere drops or patches it), so
 * a create costs one call; only the look after a lost answer always asks Recruspace.
 */
export async function createTalentPool(
  client: RecruspaceClient,
  actor: Actor,
  name: string,
  { allowDuplicate = false }: { allowDuplicate?: boolean } = {},
): Promise<{ pool: PoolRef | null; recovered: boolean }> {
  const before = await poolIdsNamed(actor.tenantId, client, name);
  // The list read for the recovery above already says whether the name is taken: warning costs no call.
  if (before.size > 0 && !allowDuplicate) throw duplicatePoolName(name);
  let pool: PoolRef | null;
  let answered: TalentPool | null = null;
  let recovered = false;
  try {
    answered = (await client.createTalentPool({ name })).value;
    // Created either way; without a readable answer, the new pool is found by its name.
    pool = answered ? { id: answered.id, name: answered.name } : await onlyNewPoolNamed(client, name, before).catch(() => null);
  } catch (error) {
    if (!mayHaveHappened(error)) throw error;
    const appeared = await newPoolsNamed(client, name, before).catch(() => null);
    // One new pool of this name is ours; none means nothing was made; several (or no list) cannot be told apart.
    if (appeared?.length !== 1) throw new LostWriteError(error, appeared?.length === 0 ? "checked_nothing_created" : "unknown", "talent pool");
    pool = appeared[0]!;
    recovered = true;
  }
  // With the pool as Recruspace answered it, the cached list is patched rather than listed again.
  if (answered) onTalentPoolCreated(actor.tenantId, answered);
  else onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.created", pool?.id ?? null, recovered ? { name, recoveredAfterFailure: "true" } : { name });
  return { pool, recovered };
}

/** Two pools of one name are allowed (Recruspace accepts them), but only when the user says so. */
export function duplicatePoolName(name: string): UserFacingError {
  const message = `A talent pool named “${name}” already exists. Create it anyway to have two of that name, or choose another name.`;
  return new UserFacingError("conflict", message, { name: [message] });
}

/**
 * Deleting a pool that holds candidates (or may: the count is unknown) needs its name typed back,
 * checked here as well as in the dialog. The name comes from the cached pool list; the count does not:
 * a cached count can be up to a cache lifetime old, and a pool that gained people since must still ask.
 * So the pool's own first page of people is read now (its `count` is documented; page_size 1), one call
 * per delete. A pool not in the list is left to Recruspace to answer for (gone: "not found").
 */
export async function checkPoolDeletion(client: RecruspaceClient, tenantId: string, id: number, typed: string | undefined): Promise<void> {
  const listed = (await talentPools(tenantId, async () => client)).items.find((pool) => pool.id === id);
  if (!listed) return;
  const count = await client.listTalentPoolCandidates(id, { page: 1, page_size: 1 }).then(
    (page) => page.count,
    (error: unknown) => {
      // Gone since it was listed: the delete itself will say so. Any other failure: the count is unknown.
      return error instanceof NotFoundError ? 0 : null;
    },
  );
  checkDeleteConfirmation({ name: listed.name, candidate_count: count }, typed);
}

/** The rule itself: a pool with people, or an unknown count, needs its exact name (spaces aside). */
export function checkDeleteConfirmation(known: { name: string; candidate_count: number | null } | undefined, typed: string | undefined): void {
  if (!known || known.candidate_count === 0) return;
  if ((typed ?? "").trim() === known.name.trim()) return;
  const message = `Type the pool's name, “${known.name}”, to delete it with its candidates.`;
  throw new UserFacingError("validation", message, { confirmName: [message] });
}

async function poolIdsNamed(tenantId: string, client: RecruspaceClient, name: string): Promise<Set<number>> {
  return new Set((await talentPools(tenantId, async () => client)).items.filter((pool) => pool.name === name).map((pool) => pool.id));
}

/** The pools of this name that appeared since `before`. Throws when the list fails. */
async function newPoolsNamed(client: RecruspaceClient, name: string, before: Set<number>): Promise<PoolRef[]> {
  return (await client.listTalentPools()).items.filter((pool) => pool.name === name && !before.has(pool.id)).map((pool) => ({ id: pool.id, name: pool.name }));
}

/** The one pool of this name that appeared since `before`, or null when none or several did. */
async function onlyNewPoolNamed(client: RecruspaceClient, name: string, before: Set<number>): Promise<PoolRef | null> {
  const appeared = await newPoolsNamed(client, name, before);
  return appeared.length === 1 ? appeared[0]! : null;
}

/** Renaming twice to the same name changes nothing, so after a lost answer trying again is safe. */
export async function renameTalentPool(client: RecruspaceClient, actor: Actor, id: number, name: string): Promise<PoolRef> {
  try {
    const accepted = await client.updateTalentPool(id, { name });
    onTalentPoolsChanged(actor.tenantId);
    await audit(actor, "talent_pool.renamed", id, { name });
    return { id, name: accepted.value?.name ?? name };
  } catch (error) {
    throw mayHaveHappened(error) ? new LostWriteError(error, "retry_safe") : error;
  }
}

/** A second delete of a pool that is gone says it is not found, so after a lost answer trying again is safe. */
export async function deleteTalentPool(client: RecruspaceClient, actor: Actor, id: number, name?: string): Promise<void> {
  try {
    await client.deleteTalentPool(id);
  } catch (error) {
    throw mayHaveHappened(error) ? new LostWriteError(error, "retry_safe") : error;
  }
  onTalentPoolsChanged(actor.tenantId);
  await audit(actor, "talent_pool.deleted", id, name ? { name } : undefined);
}

function audit(
  actor: Actor,
  action: "talent_pool.created" | "talent_pool.renamed" | "talent_pool.deleted",
  poolId: number | null,
  metadata?: Record<string, string>,
) {
  return recordActorAudit(actor, {
    action,
    targetType: "talent_pool",
    targetId: poolId === null ? undefined : String(poolId),
    metadata,
  });
}
