import type { Db } from "../db/create-client";
import type { ApiKey } from "../db/generated/sqlite/client";
import { DecryptError } from "./errors";
import type { Keyring, Sealed } from "./keyring";
import { sealedOf } from "./api-keys";

export type RotationResult = {
  total: number;
  movedFromOldKeys: number;
  currentKeyId: string;
  /** Rows already on a master key listed after the current one, left as they are: rows never move back. */
  leftOnNewerKeys: Record<string, number>;
};

/** One or more rows could not be decrypted; nothing was changed. Lists record ids, never key material. */
export class RotationAbortedError extends Error {
  constructor(readonly failures: { id: string; tenantId: string; reason: string }[]) {
    super(
      `Rotation aborted, nothing was changed: ${failures.length} stored key(s) could not be decrypted:\n` +
        failures.map((f) => `  - record ${f.id} (tenant ${f.tenantId}): ${f.reason}`).join("\n"),
    );
    this.name = "RotationAbortedError";
  }
}

/**
 * Re-encrypts every ApiKey row (active and revoked) on the current or an older master key to the
 * keyring's current master key, all or nothing: every row is decrypted first, and the writes happen in
 * one transaction that also fails if any row changed meanwhile. A row on a master key listed after the
 * current one is left as it is (rows only move forward). Afterwards `npm run keys:status` tells which
 * master keys no stored key uses any more.
 */
export async function rotateAllKeys(database: Db, keyring: Keyring): Promise<RotationResult> {
  const rows = await database.apiKey.findMany({ orderBy: { createdAt: "asc" } });
  const failures: RotationAbortedError["failures"] = [];
  const resealed: { row: ApiKey; sealed: Sealed }[] = [];
  const leftOnNewerKeys: Record<string, number> = {};
  for (const row of rows) {
    const binding = { tenantId: row.tenantId, recordId: row.id };
    try {
      if (keyring.position(row.masterKeyId) === "newer") {
        keyring.decrypt(sealedOf(row), binding); // still proves the row is readable
        leftOnNewerKeys[row.masterKeyId] = (leftOnNewerKeys[row.masterKeyId] ?? 0) + 1;
        continue;
      }
      resealed.push({ row, sealed: keyring.reencrypt(sealedOf(row), binding) });
    } catch (error) {
      if (!(error instanceof DecryptError)) throw error;
      failures.push({ id: row.id, tenantId: row.tenantId, reason: error.message });
    }
  }
  if (failures.length > 0) throw new RotationAbortedError(failures);

  await database.$transaction(
    async (tx) => {
      for (const { row, sealed } of resealed) {
        const { count } = await tx.apiKey.updateMany({
          where: { id: row.id, masterKeyId: row.masterKeyId, ciphertext: row.ciphertext },
          data: sealed,
        });
        if (count !== 1) throw new Error(`Rotation aborted, nothing was changed: record ${row.id} changed while rotating. Run it again.`);
        await tx.auditEvent.create({
          data: {
            action: "api_key.reencrypted",
            tenantId: row.tenantId,
            targetType: "api_key",
            targetId: row.id,
            metadata: JSON.stringify({ last4: row.last4, fromMasterKeyId: row.masterKeyId, toMasterKeyId: sealed.masterKeyId, via: "keys:rotate" }),
          },
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    total: resealed.length,
    movedFromOldKeys: resealed.filter(({ row }) => row.masterKeyId !== keyring.currentKeyId).length,
    currentKeyId: keyring.currentKeyId,
    leftOnNewerKeys,
  };
}
