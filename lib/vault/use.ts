import "server-only";
import { db, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { allowedBaseUrl } from "@/lib/config/env";
import { UserFacingError } from "@/lib/actions/user-facing-error";
import { findActiveKey } from "./api-keys";
import { currentKeyring } from "./current-keyring";
import { DecryptError, NoActiveKeyError } from "./errors";
import type { Sealed } from "./keyring";
import type { ApiKey } from "../db/generated/sqlite/client";

/** lastUsedAt is a hint for admins, not a log: write it at most once a minute per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type KeyForUse = { recordId: string; baseUrl: string; apiKey: string };

/** The stored base URL is no longer on the server's allowlist (the configuration changed since). */
export class BaseUrlNotAllowedError extends UserFacingError {
  constructor() {
    super("upstream", "This workspace's Recruspace base URL is not allowed on this server any more. Ask an admin to replace the key.");
    this.name = "BaseUrlNotAllowedError";
  }
}

export function sealedOf(row: ApiKey): Sealed {
  return { masterKeyId: row.masterKeyId, nonce: row.nonce, ciphertext: row.ciphertext, authTag: row.authTag };
}

/**
 * Decrypt-for-use: the tenant's active key in plaintext, for the Recruspace client only. A row sealed
 * with an older master key is re-encrypted to the current one on the way. Failures are audited
 * without any key material and surface as DecryptError / NoActiveKeyError.
 */
export async function getActiveKeyForUse(tenantId: string, database: Db = db(), now: Date = new Date()): Promise<KeyForUse> {
  const row = await findActiveKey(database, tenantId);
  if (!row) throw new NoActiveKeyError();
  const baseUrl = allowedBaseUrl(row.baseUrl);
  if (!baseUrl) throw new BaseUrlNotAllowedError();

  const keyring = currentKeyring();
  const binding = { tenantId, recordId: row.id };
  let apiKey: string;
  try {
    apiKey = keyring.decrypt(sealedOf(row), binding);
  } catch (error) {
    if (!(error instanceof DecryptError)) throw error;
    await recordAudit({
      action: "api_key.decrypt_failed",
      tenantId,
      targetType: "api_key",
      targetId: row.id,
      metadata: { last4: row.last4, masterKeyId: row.masterKeyId },
    });
    throw error;
  }

  if (keyring.isStale(row)) {
    const resealed = keyring.encrypt(apiKey, binding);
    // Conditional on the old key id so two concurrent requests re-encrypt once, not twice.
    const { count } = await database.apiKey.updateMany({
      where: { id: row.id, masterKeyId: row.masterKeyId, ciphertext: row.ciphertext },
      data: resealed,
    });
    if (count === 1) {
      await recordAudit({
        action: "api_key.reencrypted",
        tenantId,
        targetType: "api_key",
        targetId: row.id,
        metadata: { last4: row.last4, fromMasterKeyId: row.masterKeyId, toMasterKeyId: resealed.masterKeyId },
      });
    }
  }

  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await database.apiKey.updateMany({
      where: {
        id: row.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }

  return { recordId: row.id, baseUrl, apiKey };
}
