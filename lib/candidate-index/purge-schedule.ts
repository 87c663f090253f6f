import "server-only";
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/config/env";
import { logUnexpected } from "@/lib/errors/describe";
import { purgeSeen } from "./maintain";

const EVERY_MS = 10 * 60 * 1000;
const lastRun = new Map<string, number>();

/**
 * Runs the retention purge (and the removal of entries of keys no longer active) before a workspace's
 * search, at most every ten minutes per workspace and process: cheap, and no timer to keep alive.
 */
export async function purgeNowAndThen(database: Db, tenantId: string, now = Date.now()): Promise<void> {
  if (now - (lastRun.get(tenantId) ?? 0) < EVERY_MS) return;
  lastRun.set(tenantId, now);
  try {
    await purgeSeen(database, { tenantId, retentionDays: readEnv().CANDIDATE_INDEX_RETENTION_DAYS, now: new Date(now) });
  } catch (error) {
    logUnexpected("candidateIndex.purge", error);
  }
}
