import "server-only";
import type { Db } from "@/lib/db";
import { logUnexpected } from "@/lib/errors/describe";
import { findActiveKey } from "@/lib/vault/api-keys";
import { searchText } from "./fold";

/** A candidate as some answer of Recruspace showed them; only what parsed (null/undefined: not known). */
export type SeenPerson = {
  id: number;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  /** Tag titles, when the answer carried them (replaces what was known). */
  tags?: readonly string[] | null;
  /** A tag just added: joins what was known. */
  addTag?: string;
  /** The pool the candidate was seen in. */
  pool?: { id: number; name: string } | null;
};

export type IndexedPool = { id: number; name: string };

/** How many people one write takes (a pool page is at most 100). */
const BATCH = 100;
/** lastSeenAt orders search results and ages rows out after months: a minute's resolution is plenty. */
export const SEEN_RESOLUTION_MS = 60_000;

/**
 * Remembers people the app was shown, under the workspace's active key record (the one whose answers
 * showed them). Writes only the database: never an upstream call. A failure is logged and swallowed, as
 * the page or action that saw the people must not fail for the index's sake.
 */
export async function rememberSeen(database: Db, tenantId: string, people: readonly SeenPerson[], now = new Date()): Promise<void> {
  if (people.length === 0) return;
  try {
    const key = await findActiveKey(database, tenantId);
    if (!key) return;
    const batch = dedupe(people).slice(0, BATCH);
    const known = await database.seenCandidate.findMany({
      where: { tenantId, apiKeyId: key.id, candidateId: { in: batch.map((person) => person.id) } },
      select: { candidateId: true, email: true, firstName: true, lastName: true, tags: true, pools: true, lastSeenAt: true },
    });
    const byId = new Map(known.map((row) => [row.candidateId, row]));
    const writes = batch.flatMap((person) => {
      const before = byId.get(person.id);
      const firstName = clean(person.firstName) ?? before?.firstName ?? null;
      const lastName = clean(person.lastName) ?? before?.lastName ?? null;
      const tags = mergeTags(person.tags ? [...person.tags] : readList<string>(before?.tags), person.addTag);
      const pools = mergePools(readList<IndexedPool>(before?.pools), person.pool ?? null);
      const data = {
        email: person.email.trim(),
        firstName,
        lastName,
        tags: JSON.stringify(tags),
        pools: JSON.stringify(pools),
        searchText: searchText({ firstName, lastName, email: person.email, tags }),
        lastSeenAt: now,
      };
      // A person viewed again, as they were, within the resolution: nothing to write (most page views).
      if (before && sameEntry(before, data) && Math.abs(now.getTime() - before.lastSeenAt.getTime()) < SEEN_RESOLUTION_MS) return [];
      return [
        database.seenCandidate.upsert({
          where: { tenantId_apiKeyId_candidateId: { tenantId, apiKeyId: key.id, candidateId: person.id } },
          create: { tenantId, apiKeyId: key.id, candidateId: person.id, ...data },
          update: data,
        }),
      ];
    });
    if (writes.length) await database.$transaction(writes);
  } catch (error) {
    logUnexpected("candidateIndex.remember", error);
  }
}

type Entry = { email: string; firstName: string | null; lastName: string | null; tags: string; pools: string };

function sameEntry(before: Entry, after: Entry): boolean {
  return before.email === after.email && before.firstName === after.firstName && before.lastName === after.lastName && before.tags === after.tags && before.pools === after.pools;
}

/** One entry per id; later sightings add to earlier ones of the same call. */
function dedupe(people: readonly SeenPerson[]): SeenPerson[] {
  const byId = new Map<number, SeenPerson>();
  for (const person of people) byId.set(person.id, { ...byId.get(person.id), ...person });
  return [...byId.values()];
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, 200) : null;
}

export function readList<T>(value: string | null | undefined): T[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

function mergeTags(tags: string[], added: string | undefined): string[] {
  const all = added ? [...tags, added] : tags;
  const seen = new Set<string>();
  return all
    .map((tag) => tag.trim().slice(0, 100))
    .filter((tag) => tag && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()))
    .slice(0, 50);
}

function mergePools(pools: IndexedPool[], seen: IndexedPool | null): IndexedPool[] {
  if (!seen) return pools;
  return [...pools.filter((pool) => pool.id !== seen.id), { id: seen.id, name: seen.name.slice(0, 200) }].slice(-50);
}

/** A tag added to a person the index knows: it joins their tags (and their search words). Database only. */
export async function addSeenTag(database: Db, tenantId: string, candidateId: number, title: string): Promise<void> {
  try {
    const key = await findActiveKey(database, tenantId);
    if (!key) return;
    const row = await database.seenCandidate.findUnique({ where: { tenantId_apiKeyId_candidateId: { tenantId, apiKeyId: key.id, candidateId } } });
    if (!row) return;
    await rememberSeen(database, tenantId, [{ id: candidateId, email: row.email, addTag: title }]);
  } catch (error) {
    logUnexpected("candidateIndex.addTag", error);
  }
}
