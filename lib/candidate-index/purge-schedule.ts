import "server-only";
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/config/env";
import { logUnexpected } from "@/lib/errors/describe";
import { purgeExpiredSharedLists } from "@/lib/list-cache/shared-lists";
import { purgeSeen } from "./maintain";

const EVERY_MS = 10 * 60 * 1000;
const lastRun = new Map<string, number>();

/**
 * Runs the retention purge (and the removal of entries of keys no longer active) and deletes the shared
 * lists' expired entries before a workspace's search, at most every ten minutes per workspace and process:
 * cheap, no timer to keep alive, and no list write pays for it.
 */
export async function purgeNowAndThen(database: Db, tenantId: string, now = Date.now()): Promise<void> {
  if (now - (lastRun.get(tenantId) ?? 0) < EVERY_MS) return;
  lastRun.set(tenantId, now);
  await Promise.all([
    purgeSeen(database, { tenantId, retentionDays: readEnv().CANDIDATE_INDEX_RETENTION_DAYS, now: new Date(now) }).catch((error: unknown) =>
      logUnexpected("candidateIndex.purge", error),
    ),
    purgeExpiredSharedLists(database, now).catch((error: unknown) => logUnexpected("listCache.purge", error)),
  ]);
}
