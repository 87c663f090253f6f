import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rememberSeen, addSeenTag } from "@/lib/candidate-index/record";
import { searchSeen, seenByIds } from "@/lib/candidate-index/search";
import { clearSeen, purgeSeen } from "@/lib/candidate-index/maintain";
import { refreshFromPools } from "@/lib/candidate-index/refresh";
import { invalidateTenant } from "@/lib/list-cache/store";
import { searchText } from "@/lib/candidate-index/fold";
import { findActiveKey } from "@/lib/vault/api-keys";
import { replaceKey } from "@/lib/vault/admin";
import { connectToCompany, sandboxWorkspace, useSandbox } from "../support/sandbox-workspace";

/**
 * The workspace index on a real database (SQLite, and PostgreSQL in CI): prefix search by name, email and
 * tag, case- and accent-insensitive; bound to the workspace's active key; retention; clearing; and the
 * refresh from pools within its page budget.
 */
const box = useSandbox();

const ids = (page: { hits: { candidateId: number }[] }) => page.hits.map((hit) => hit.candidateId);
const DAY = 24 * 60 * 60 * 1000;

/** A workspace connected to Acme, and one real person of Acme's (the first of a pool with people). */
async function workspaceWithAcmePerson(name: string) {
  const actor = await sandboxWorkspace(name);
  const acme = await connectToCompany(box.current, actor, "acme");
  const pool = (await acme.listTalentPools()).items.find((p) => (p.candidate_count ?? 0) > 0)!;
  const someone = (await acme.listTalentPoolCandidates(pool.id, { page: 1, page_size: 1 })).results[0]!;
  return { actor, someone };
}

describe("the workspace index", () => {
  it("writes a person seen again as they were at most once a minute, and any change at once", async () => {
    const actor = await sandboxWorkspace("Ivo");
    await connectToCompany(box.current, actor, "acme");
    const start = new Date("2026-12-01T10:00:00Z");
    const person = { id: 151, email: "ivo@example.org", firstName: "Ivo", lastName: "Ilic", tags: ["Go"] };
    const lastSeen = async () => (await db().seenCandidate.findFirstOrThrow({ where: { tenantId: actor.tenantId, candidateId: 151 } })).lastSeenAt.getTime();
    await rememberSeen(db(), actor.tenantId, [person], start);
    await rememberSeen(db(), actor.tenantId, [person], new Date(start.getTime() + 30_000));
    expect(await lastSeen()).toBe(start.getTime());
    await rememberSeen(db(), actor.tenantId, [{ ...person, tags: ["Go", "Rust"] }], new Date(start.getTime() + 31_000));
    expect(await lastSeen()).toBe(start.getTime() + 31_000);
    expect(ids(await searchSeen(db(), actor.tenantId, "rust"))).toEqual([151]);
    await rememberSeen(db(), actor.tenantId, [{ ...person, tags: ["Go", "Rust"] }], new Date(start.getTime() + 91_000));
    expect(await lastSeen()).toBe(start.getTime() + 91_000);
  });

  it("finds people by the beginning of their names, email or tags, ignoring case and accents", async () => {
    const actor = await sandboxWorkspace("Ida");
    await connectToCompany(box.current, actor, "acme");
    await rememberSeen(db(), actor.tenantId, [
      { id: 101, email: "jose.garcia@example.org", firstName: "José", lastName: "García", tags: ["Senior Dev"] },
      { id: 102, email: "zoe@example.org", firstName: "Zoë", lastName: "Øster" },
      { id: 103, email: "x9@example.org", firstName: null, lastName: null },
    ]);
    await addSeenTag(db(), actor.tenantId, 102, "Rust");

    for (const query of ["gar", "GARCÍA", "jos", "José garc", "jose.garcia@example.org", "senior", "DEV"]) {
      expect(ids(await searchSeen(db(), actor.tenantId, query)), query).toEqual([101]);
    }
    expect(ids(await searchSeen(db(), actor.tenantId, "zoe oster"))).toEqual([102]);
    expect(ids(await searchSeen(db(), actor.tenantId, "rus"))).toEqual([102]);
    expect(ids(await searchSeen(db(), actor.tenantId, "x9"))).toEqual([103]);
    // Prefixes, not substrings; every word must match; LIKE's wildcards are plain text.
    expect(ids(await searchSeen(db(), actor.tenantId, "arcia"))).toEqual([]);
    expect(ids(await searchSeen(db(), actor.tenantId, "jose zzz"))).toEqual([]);
    expect(ids(await searchSeen(db(), actor.tenantId, "%"))).toEqual([]);
    expect((await searchSeen(db(), actor.tenantId, "example")).total).toBe(3);

    // A later sighting without a name keeps the name that parsed before.
    await rememberSeen(db(), actor.tenantId, [{ id: 101, email: "jose.garcia@example.org", firstName: null }]);
    expect((await seenByIds(db(), actor.tenantId, [101])).get(101)).toMatchObject({ firstName: "José", lastName: "García", tags: ["Senior Dev"] });

    // Another workspace sees none of it.
    const stranger = await sandboxWorkspace("Jon");
    await connectToCompany(box.current, stranger, "acme");
    expect((await searchSeen(db(), stranger.tenantId, "gar")).total).toBe(0);
  });

  it("pages beyond 20, newest sighting first", async () => {
    const actor = await sandboxWorkspace("Kai");
    await connectToCompany(box.current, actor, "acme");
    const start = Date.now() - 60_000;
    for (let i = 0; i < 45; i += 1) {
      await rememberSeen(db(), actor.tenantId, [{ id: 1000 + i, email: `p${i}@bulk.example`, firstName: "Pat", lastName: `Number${i}` }], new Date(start + i * 1000));
    }
    const first = await searchSeen(db(), actor.tenantId, "pat");
    expect(first).toMatchObject({ total: 45, page: 1, pageSize: 20 });
    expect(ids(first)[0]).toBe(1044);
    const third = await searchSeen(db(), actor.tenantId, "pat", { page: 3 });
    expect(ids(third)).toEqual([1004, 1003, 1002, 1001, 1000]);
  });


  it("counts to the cap and still pages newest first, for a common prefix and a rare one among many", async () => {
    const actor = await sandboxWorkspace("Lev");
    await connectToCompany(box.current, actor, "acme");
    const key = (await findActiveKey(db(), actor.tenantId))!;
    const start = Date.now() - 3_600_000;
    // 1 100 people tagged "Common", one in 40 also "Rare"; sightings one second apart, in an order unlike
    // their ids, so "newest first" cannot come from the order rows were written in.
    const people = Array.from({ length: 1100 }, (_, i) => {
      const tags = i % 40 === 0 ? ["Common", "Rare"] : ["Common"];
      const seen = (i * 7) % 1100;
      return {
        tenantId: actor.tenantId,
        apiKeyId: key.id,
        candidateId: 5000 + i,
        email: `p${i}@many.example`,
        firstName: "Pat",
        tags: JSON.stringify(tags),
        searchText: searchText({ firstName: "Pat", email: `p${i}@many.example`, tags }),
        lastSeenAt: new Date(start + seen * 1000),
      };
    });
    await db().seenCandidate.createMany({ data: people });
    const newestFirst = (rows: typeof people) => [...rows].sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime()).map((row) => row.candidateId);

    const common = await searchSeen(db(), actor.tenantId, "comm pat");
    expect(common).toMatchObject({ total: 1000, capped: true });
    expect(ids(common)).toEqual(newestFirst(people).slice(0, 20));
    expect(ids(await searchSeen(db(), actor.tenantId, "common", { page: 2 }))).toEqual(newestFirst(people).slice(20, 40));

    const rare = people.filter((row) => row.tags.includes("Rare"));
    const first = await searchSeen(db(), actor.tenantId, "RAR");
    expect(first).toMatchObject({ total: 28, capped: false });
    expect(ids(first)).toEqual(newestFirst(rare).slice(0, 20));
    expect(ids(await searchSeen(db(), actor.tenantId, "rare pat", { page: 2 }))).toEqual(newestFirst(rare).slice(20));
  });
  it("is emptied when the key is replaced by another company's, and after an admin clears it", async () => {
    const actor = await sandboxWorkspace("Lea");
    await connectToCompany(box.current, actor, "acme");
    await rememberSeen(db(), actor.tenantId, [{ id: 201, email: "a@acme.example", firstName: "Ada", lastName: "Acme" }]);
    expect((await searchSeen(db(), actor.tenantId, "ada")).total).toBe(1);

    await connectToCompany(box.current, actor, "globex");
    expect((await searchSeen(db(), actor.tenantId, "ada")).total).toBe(0);
    await purgeSeen(db(), { tenantId: actor.tenantId, retentionDays: 180 });
    expect(await db().seenCandidate.count({ where: { tenantId: actor.tenantId } })).toBe(0);

    await rememberSeen(db(), actor.tenantId, [{ id: 202, email: "g@globex.example", firstName: "Gus" }]);
    expect(await clearSeen(db(), actor.tenantId)).toBe(1);
    expect((await searchSeen(db(), actor.tenantId, "gus")).total).toBe(0);
  });

  it("keeps the search through a replacement key of the same account, for one call; never for another account's", async () => {
    const { actor, someone } = await workspaceWithAcmePerson("Rita");
    const start = Date.now();
    await rememberSeen(db(), actor.tenantId, [{ id: 90_001, email: "gone@acme.example", firstName: "Olga", lastName: "Older" }], new Date(start - 60_000));
    await rememberSeen(db(), actor.tenantId, [{ id: someone.id, email: someone.email, firstName: "Sam", lastName: "Seen" }], new Date(start));
    const getsOf = (id: number) => box.current.requests().byRoute[`GET /api/v1/client/candidates/${id}/`] ?? 0;
    const before = getsOf(someone.id);

    // A rotated key of the same company: the person seen last answers with the same email, so everyone stays.
    const rotated = box.current.addKey("acme")!;
    const oldKey = (await findActiveKey(db(), actor.tenantId))!;
    const replaced = await replaceKey(actor, { keyId: oldKey.id, label: "rotated", baseUrl: box.current.url, apiKey: rotated });
    expect(replaced).toMatchObject({ peopleKept: 2, peopleDropped: 0 });
    expect(getsOf(someone.id), "one call decided it").toBe(before + 1);
    expect(ids(await searchSeen(db(), actor.tenantId, "sam"))).toEqual([someone.id]);
    expect(ids(await searchSeen(db(), actor.tenantId, "olga"))).toEqual([90_001]);
    await purgeSeen(db(), { tenantId: actor.tenantId, retentionDays: 180 });
    expect(await db().seenCandidate.count({ where: { tenantId: actor.tenantId } }), "kept under the new key, so the purge keeps them").toBe(2);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { tenantId: actor.tenantId, action: "api_key.replaced" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ replacedKeyId: oldKey.id, peopleKept: "2" });

    // Another company's key: that id is not theirs (or is someone else), so nothing is carried.
    const globex = box.current.addKey("globex")!;
    const acmeKey = (await findActiveKey(db(), actor.tenantId))!;
    expect(await replaceKey(actor, { keyId: acmeKey.id, label: "globex", baseUrl: box.current.url, apiKey: globex })).toMatchObject({ peopleKept: 0, peopleDropped: 2 });
    expect((await searchSeen(db(), actor.tenantId, "sam")).total).toBe(0);
  });

  it("carries nothing when the person seen last answers with another email, or the check fails, and the key is replaced all the same", async () => {
    const { actor, someone } = await workspaceWithAcmePerson("Uma");
    // The index says this id had another email: not evidence of the same account.
    await rememberSeen(db(), actor.tenantId, [{ id: someone.id, email: `not-${someone.email}`, firstName: "Una" }]);
    const first = (await findActiveKey(db(), actor.tenantId))!;
    const second = await replaceKey(actor, { keyId: first.id, label: "rotated", baseUrl: box.current.url, apiKey: box.current.addKey("acme")! });
    expect(second).toMatchObject({ peopleKept: 0, peopleDropped: 1 });
    expect((await searchSeen(db(), actor.tenantId, "una")).total).toBe(0);

    // Recruspace fails the check: the app cannot tell, so it keeps nothing, and the replacement stands.
    await rememberSeen(db(), actor.tenantId, [{ id: someone.id, email: someone.email, firstName: "Una" }]);
    box.current.addFault({ method: "GET", path: `/api/v1/client/candidates/${someone.id}/`, kind: "status", status: 503, count: 10 });
    try {
      const third = await replaceKey(actor, { keyId: second.id, label: "again", baseUrl: box.current.url, apiKey: box.current.addKey("acme")! });
      expect(third).toMatchObject({ peopleKept: 0, peopleDropped: 1 });
      expect((await findActiveKey(db(), actor.tenantId))!.id).toBe(third.id);
    } finally {
      box.current.clearFaults();
    }
    expect((await searchSeen(db(), actor.tenantId, "una")).total).toBe(0);
  });

  it("forgets people unseen for the retention period, and goes with the workspace", async () => {
    const actor = await sandboxWorkspace("Max");
    await connectToCompany(box.current, actor, "acme");
    const now = new Date();
    await rememberSeen(db(), actor.tenantId, [{ id: 301, email: "old@x.example", firstName: "Olga" }], new Date(now.getTime() - 181 * DAY));
    await rememberSeen(db(), actor.tenantId, [{ id: 302, email: "new@x.example", firstName: "Olaf" }], new Date(now.getTime() - 179 * DAY));
    await purgeSeen(db(), { now, retentionDays: 180 });
    expect(ids(await searchSeen(db(), actor.tenantId, "ol"))).toEqual([302]);

    await db().tenant.delete({ where: { id: actor.tenantId } });
    expect(await db().seenCandidate.count({ where: { tenantId: actor.tenantId } })).toBe(0);
  });

  it("refreshes from the pools' lists, at most the given number of pages, with names as the lists show them", async () => {
    const actor = await sandboxWorkspace("Ned");
    const api = await connectToCompany(box.current, actor, "acme");
    invalidateTenant(actor.tenantId);
    const poolsWithPeople = box.current.store.state.talentPools.filter((pool) => pool.companyId === 1 && box.current.store.state.candidates.some((c) => c.talentPoolIds.includes(pool.id)));
    const partial = await refreshFromPools(db(), actor.tenantId, async () => api, 1);
    expect(partial).toMatchObject({ complete: false, stoppedBy: "budget", pools: poolsWithPeople.length > 1 ? expect.any(Number) : 1 });

    const full = await refreshFromPools(db(), actor.tenantId, async () => api, 100);
    expect(full.complete).toBe(true);
    const someone = box.current.store.state.candidates.find((c) => c.companyId === 1 && c.talentPoolIds.length > 0)!;
    const found = await searchSeen(db(), actor.tenantId, `${someone.firstName} ${someone.lastName}`, { pageSize: 100 });
    expect(ids(found)).toContain(someone.id);
    const hit = found.hits.find((h) => h.candidateId === someone.id)!;
    expect(hit.pools.map((pool) => pool.id).sort()).toEqual([...someone.talentPoolIds].sort());
  });
});
