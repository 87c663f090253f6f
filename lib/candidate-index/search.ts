import "server-only";
import type { Db } from "@/lib/db";
import { isPostgres } from "@/lib/db/create-client";
import { findActiveKey } from "@/lib/vault/api-keys";
import { queryWords } from "./fold";
import { readList, type IndexedPool } from "./record";

export type IndexHit = {
  candidateId: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  tags: string[];
  pools: IndexedPool[];
  lastSeenAt: string;
};

/** `total` counts at most COUNT_CAP people (`capped`): a short prefix of a large index need not be counted to the end. */
export type IndexPage = { hits: IndexHit[]; total: number; capped: boolean; page: number; pageSize: number };

export const COUNT_CAP = 1000;

export const INDEX_PAGE_SIZE = 20;

/**
 * People this workspace has seen whose name, email or tags have words beginning with every word of the
 * query (case- and accent-insensitive), under the active key only; newest sighting first.
 */
export async function searchSeen(database: Db, tenantId: string, query: string, options: { page?: number; pageSize?: number } = {}): Promise<IndexPage> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(options.pageSize ?? INDEX_PAGE_SIZE)));
  const terms = queryWords(query);
  const key = await findActiveKey(database, tenantId);
  if (!key || terms.length === 0) return { hits: [], total: 0, capped: false, page, pageSize };
  const where = { tenantId, apiKeyId: key.id, AND: terms.map((term) => ({ searchText: { contains: ` ${term}` } })) };
  const skip = (page - 1) * pageSize;
  // The rows are read newest first along the (tenant, key, last seen) index; counting stops at the cap.
  const find = () => database.seenCandidate.findMany({ where, orderBy: [{ lastSeenAt: "desc" }, { candidateId: "asc" }], skip, take: pageSize });
  const count = () => database.seenCandidate.count({ where, take: COUNT_CAP + 1 });
  let rows: Awaited<ReturnType<typeof find>>;
  let total: number;
  if (isPostgres(database)) {
    // Two connections: both at once.
    [rows, total] = await Promise.all([find(), count()]);
  } else {
    // One connection, one query at a time: a page that is not full is the last one and says the total, so
    // a rare name (the slowest search: every row is read to find it) is not read twice.
    rows = await find();
    total = rows.length < pageSize && (rows.length > 0 || page === 1) ? skip + rows.length : await count();
  }
  return { hits: rows.map(toHit), total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP, page, pageSize };
}

/** What the index knows of these candidates (names for search-by-email hits), under the active key. */
export async function seenByIds(database: Db, tenantId: string, ids: readonly number[]): Promise<Map<number, IndexHit>> {
  const key = await findActiveKey(database, tenantId);
  if (!key || ids.length === 0) return new Map();
  const rows = await database.seenCandidate.findMany({ where: { tenantId, apiKeyId: key.id, candidateId: { in: [...ids].slice(0, 500) } } });
  return new Map(rows.map((row) => [row.candidateId, toHit(row)]));
}

function toHit(row: { candidateId: number; email: string; firstName: string | null; lastName: string | null; tags: string; pools: string; lastSeenAt: Date }): IndexHit {
  return {
    candidateId: row.candidateId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    tags: readList<string>(row.tags),
    pools: readList<IndexedPool>(row.pools),
    lastSeenAt: row.lastSeenAt.toISOString(),
  };
}
