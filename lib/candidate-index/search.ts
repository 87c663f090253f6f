import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";
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
  const orderBy = [{ lastSeenAt: "desc" as const }, { candidateId: "asc" as const }];
  const skip = (page - 1) * pageSize;
  const filter = matchFilter(tenantId, key.id, terms);
  // One pass over the workspace's rows finds up to COUNT_CAP + 1 matches, in no order: for a rare name (the
  // slowest search, as every row is read to find it) that pass is the whole search; the page is then read by id.
  const ids = await matchingIds(database, filter);
  const capped = ids.length > COUNT_CAP;
  // A common prefix has more matches than the cap: its newest are near the top of the (tenant, key, last
  // seen) index, so reading that index newest first finds a page after a few rows.
  const rows = capped
    ? await database.seenCandidate.findMany({ where: { id: { in: await newestMatchingIds(database, filter, skip, pageSize) } }, orderBy })
    : await database.seenCandidate.findMany({ where: { id: { in: ids } }, orderBy, skip, take: pageSize });
  return { hits: rows.map(toHit), total: Math.min(ids.length, COUNT_CAP), capped, page, pageSize };
}

/** The entries of this key whose search text has a word beginning with every term: the one filter of a search. */
function matchFilter(tenantId: string, apiKeyId: string, terms: readonly string[]): Prisma.Sql {
  // queryWords leaves no LIKE wildcard in a term, and every value is a bound parameter.
  const matches = Prisma.join(terms.map((term) => Prisma.sql`"searchText" LIKE ${`% ${term}%`}`), " AND ");
  return Prisma.sql`"tenantId" = ${tenantId} AND "apiKeyId" = ${apiKeyId} AND ${matches}`;
}

/**
 * The ids of up to COUNT_CAP + 1 matching entries, as the database finds them. Written out because Prisma
 * orders the rows by id before a limit, which would read every match to find the first few.
 */
async function matchingIds(database: Db, filter: Prisma.Sql): Promise<string[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`SELECT "id" FROM "SeenCandidate" WHERE ${filter} LIMIT ${COUNT_CAP + 1}`;
  return rows.map((row) => row.id);
}

/** One page of the matching ids, newest sighting first (the order of the page read after it). */
async function newestMatchingIds(database: Db, filter: Prisma.Sql, skip: number, take: number): Promise<string[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "SeenCandidate" WHERE ${filter} ORDER BY "lastSeenAt" DESC, "candidateId" ASC LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
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
