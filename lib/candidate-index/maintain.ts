import "server-only";
import type { Db } from "@/lib/db";
import { findActiveKey } from "@/lib/vault/api-keys";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An admin empties the workspace's index (every key's entries). Returns how many people were removed. */
export async function clearSeen(database: Db, tenantId: string): Promise<number> {
  return (await database.seenCandidate.deleteMany({ where: { tenantId } })).count;
}

/**
 * Removes what the index may no longer keep: entries unseen for `retentionDays` (every workspace), and a
 * workspace's entries seen under a key that is no longer its active one (another company's key, or none).
 */
export async function purgeSeen(database: Db, options: { now?: Date; retentionDays: number; tenantId?: string }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);
  let removed = (await database.seenCandidate.deleteMany({ where: { lastSeenAt: { lt: cutoff } } })).count;
  if (options.tenantId) {
    const key = await findActiveKey(database, options.tenantId);
    removed += (await database.seenCandidate.deleteMany({ where: { tenantId: options.tenantId, ...(key ? { apiKeyId: { not: key.id } } : {}) } })).count;
  }
  return removed;
}
