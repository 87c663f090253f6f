import { randomUUID } from "node:crypto";
import { cache } from "react";
import type { Db } from "../db/create-client";
import type { ApiKey } from "../db/generated/sqlite/client";
import { lockTenant, type Tx } from "../db/tenant-lock";
import { normalizeBaseUrl } from "../config/env";
import { currentKeyring } from "./current-keyring";
import type { Keyring, Sealed } from "./keyring";

/**
 * The API-key store: rows hold only the AES-GCM ciphertext, nonce, tag, master key id and the last 4
 * characters. This file has no `server-only` import and takes the database as an argument, so seed
 * scripts (tsx) can call storeApiKey; the admin flows that verify and audit live in ./admin.ts.
 */

export const KEY_STATUS = { active: "active", revoked: "revoked" } as const;

export type NewApiKey = {
  tenantId: string;
  label: string;
  baseUrl: string;
  apiKey: string;
  createdById: string;
};

/** Thrown when a tenant already has an active key: the admin must replace it instead. */
export class ActiveKeyExistsError extends Error {
  constructor() {
    super("This workspace already has an active Recruspace key. Replace it instead of adding another.");
    this.name = "ActiveKeyExistsError";
  }
}

/** The sealed parts of a stored row, as the keyring reads them. */
export function sealedOf(row: ApiKey): Sealed {
  return { masterKeyId: row.masterKeyId, nonce: row.nonce, ciphertext: row.ciphertext, authTag: row.authTag };
}

export function lastFour(apiKey: string): string {
  return apiKey.slice(-4);
}

/** Inserts an encrypted key row inside the caller's transaction; refuses a second active key. */
export async function insertApiKey(tx: Tx, input: NewApiKey, keyring: Keyring = currentKeyring()): Promise<ApiKey> {
  const baseUrl = normalizeBaseUrl(input.baseUrl);
  if (!baseUrl) throw new Error("Base URL is not a valid http(s) URL.");
  const apiKey = input.apiKey.trim();
  if (!apiKey) throw new Error("The API key is empty.");
  await lockTenant(tx, input.tenantId);
  const active = await tx.apiKey.count({ where: { tenantId: input.tenantId, status: KEY_STATUS.active } });
  if (active > 0) throw new ActiveKeyExistsError();
  const id = randomUUID();
  const sealed = keyring.encrypt(apiKey, { tenantId: input.tenantId, recordId: id });
  return tx.apiKey.create({
    data: {
      id,
      tenantId: input.tenantId,
      label: input.label.trim(),
      baseUrl,
      ...sealed,
      last4: lastFour(apiKey),
      status: KEY_STATUS.active,
      createdById: input.createdById,
    },
  });
}

/** Stores a key without verifying it against Recruspace (seeds, demo). */
export async function storeApiKey(database: Db, input: NewApiKey): Promise<{ id: string; last4: string }> {
  const row = await database.$transaction((tx) => insertApiKey(tx, input));
  return { id: row.id, last4: row.last4 };
}

/**
 * The tenant's active key row. Within one server render every section that asks (the client, the
 * notes, the timeline, the index) shares one read through React's per-render cache, per database
 * handle (a transaction reads on its own); outside a render, e.g. in actions and routes, each call reads.
 */
export const findActiveKey = cache(async (database: Db | Tx, tenantId: string): Promise<ApiKey | null> => {
  // Raw: every request that calls Recruspace reads this row, and Prisma's query compiler costs
  // about four times the read itself (docs/benchmarks.md). The columns are ApiKey's, in both databases.
  const rows = await database.$queryRaw<ApiKey[]>`
    SELECT "id", "tenantId", "label", "baseUrl", "masterKeyId", "nonce", "ciphertext", "authTag", "last4", "status",
           "createdById", "createdAt", "lastVerifiedAt", "lastUsedAt", "revokedAt", "revokedById"
    FROM "ApiKey"
    WHERE "tenantId" = ${tenantId} AND "status" = ${KEY_STATUS.active}
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT 1`;
  return rows[0] ?? null;
});

/** What the settings page shows: never the key, only its last 4 characters. */
export type MaskedKey = {
  id: string;
  label: string;
  baseUrl: string;
  masked: string;
  status: "active" | "revoked";
  createdAt: string;
  createdByName: string;
  lastVerifiedAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedByName: string | null;
};

export function maskKey(last4: string): string {
  return `••••${last4}`;
}

/** Active key first, then history newest first. */
export async function listKeys(database: Db, tenantId: string): Promise<MaskedKey[]> {
  const rows = await database.apiKey.findMany({
    where: { tenantId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      baseUrl: true,
      last4: true,
      status: true,
      createdAt: true,
      createdById: true,
      lastVerifiedAt: true,
      lastUsedAt: true,
      revokedAt: true,
      revokedById: true,
    },
  });
  const userIds = [...new Set(rows.flatMap((row) => [row.createdById, row.revokedById].filter((id): id is string => Boolean(id))))];
  const users = userIds.length
    ? await database.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const nameOf = (id: string | null) => {
    if (!id) return null;
    const user = users.find((candidate) => candidate.id === id);
    return user ? user.name || user.email : "Former member";
  };
  const keys = rows.map<MaskedKey>((row) => ({
    id: row.id,
    label: row.label,
    baseUrl: row.baseUrl,
    masked: maskKey(row.last4),
    status: row.status === KEY_STATUS.active ? "active" : "revoked",
    createdAt: row.createdAt.toISOString(),
    createdByName: nameOf(row.createdById) ?? "Unknown",
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedByName: nameOf(row.revokedById),
  }));
  return [...keys.filter((key) => key.status === "active"), ...keys.filter((key) => key.status !== "active")];
}
