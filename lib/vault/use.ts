import "server-only";
import { db, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { allowedBaseUrl } from "@/lib/config/env";
import { findActiveKey, sealedOf } from "./api-keys";
import { currentKeyring } from "./current-keyring";
import { WorkspaceKeyError } from "@/lib/errors/failures";
import { BaseUrlNotAllowedError, NoActiveKeyError } from "./errors";

/** lastUsedAt is a hint for admins, not a log: write it at most once a minute per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type KeyForUse = { recordId: string; baseUrl: string; apiKey: string };

/**
 * Decrypt-for-use: the tenant's active key in plaintext, for the Recruspace client only. A row sealed
 * with a master key listed before the current one is re-encrypted to the current one on the way; a row
 * on a newer key (written by an instance further along a key change) is left as it is. Failures are audited
 * without any key material and surface as WorkspaceKeyErrors (DecryptError, NoActiveKeyError, BaseUrlNotAllowedError).
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
    // By the base class's brand: the keyring may come from another bundle's copy of ./errors.
    if (!(error instanceof WorkspaceKeyError && error.problem === "undecryptable")) throw error;
    await recordAudit({
      action: "api_key.decrypt_failed",
      tenantId,
      targetType: "api_key",
      targetId: row.id,
      metadata: { last4: row.last4, masterKeyId: row.masterKeyId },
    });
    throw error;
  }

  if (keyring.shouldMoveForward(row)) {
    const resealed = keyring.encrypt(apiKey, binding);
    // Conditional on the old key id and ciphertext so two concurrent requests (or instances) re-encrypt
    // once, and never over a row another instance has moved meanwhile.
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
