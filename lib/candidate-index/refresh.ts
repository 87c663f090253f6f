import "server-only";
import type { Db } from "@/lib/db";
import { UpstreamFailure } from "@/lib/errors/failures";
import { poolCandidatesPage, talentPools } from "@/lib/list-cache/lists";
import type { ClientSource } from "@/lib/tenancy/recruspace";
import { rememberSeen } from "./record";
import { seenInPool } from "./sightings";

/** Pages of pool lists one refresh reads at most: a fifth of the documented 100 requests a minute per key. */
export const REFRESH_MAX_PAGES = 20;
const PAGE_SIZE = 100;

export type RefreshOutcome = { people: number; pools: number; poolsTotal: number; complete: boolean; stoppedBy: "budget" | "failure" | null };

/**
 * Reads the workspace's pools' candidate lists (100 a page, through the per-tenant list cache and the
 * key's limiter) into the index, at most REFRESH_MAX_PAGES pages, so a refresh never takes the key's whole
 * budget; a failure (a rate limit included) stops it with what was read so far. Says how far it got.
 */
export async function refreshFromPools(database: Db, tenantId: string, client: ClientSource, maxPages = REFRESH_MAX_PAGES): Promise<RefreshOutcome> {
  const pools = (await talentPools(tenantId, client)).items;
  let pages = 0;
  let people = 0;
  let done = 0;
  for (const pool of pools) {
    for (let page = 1; ; page += 1) {
      if (pages >= maxPages) return { people, pools: done, poolsTotal: pools.length, complete: false, stoppedBy: "budget" };
      let listed;
      try {
        listed = await poolCandidatesPage(tenantId, client, pool.id, page, PAGE_SIZE);
      } catch (error) {
        if (error instanceof UpstreamFailure) return { people, pools: done, poolsTotal: pools.length, complete: false, stoppedBy: "failure" };
        throw error;
      }
      pages += 1;
      await rememberSeen(database, tenantId, seenInPool(listed.results, { id: pool.id, name: pool.name }));
      people += listed.results.length;
      if (!listed.next || listed.results.length === 0) break;
    }
    done += 1;
  }
  return { people, pools: done, poolsTotal: pools.length, complete: true, stoppedBy: null };
}
