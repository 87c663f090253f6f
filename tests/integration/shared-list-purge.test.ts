import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purgeExpiredSharedLists } from "@/lib/list-cache/shared-lists";

/**
 * The purge each sharing instance runs every few minutes, on a real database (SQLite, and PostgreSQL in CI):
 * an expired shared list entry is deleted, of every workspace, and a fresh one stays to be served.
 */
async function tenantWithEntries(now: number): Promise<string> {
  const tenant = await db().tenant.create({ data: { name: `Purge ${randomBytes(4).toString("hex")}` } });
  const entry = (listKey: string, expiresAt: number) => ({ tenantId: tenant.id, listKey, value: "[]", version: 0, expiresAt: BigInt(expiresAt) });
  await db().sharedListEntry.createMany({ data: [entry("expired", now - 1), entry("fresh", now + 30_000)] });
  return tenant.id;
}

const listKeys = async (tenantId: string) =>
  (await db().sharedListEntry.findMany({ where: { tenantId }, orderBy: { listKey: "asc" } })).map((entry) => entry.listKey);

describe("the shared lists' purge", () => {
  it("deletes the shared lists' expired entries of every workspace and keeps the fresh ones", async () => {
    const now = Date.now();
    const one = await tenantWithEntries(now);
    const other = await tenantWithEntries(now);
    await purgeExpiredSharedLists(db(), now);
    expect(await listKeys(one)).toEqual(["fresh"]);
    expect(await listKeys(other)).toEqual(["fresh"]);
  });
});
