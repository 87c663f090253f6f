import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DecryptError } from "./errors";
import type { MasterKeySet } from "./master-keys";

/**
 * AES-256-GCM with versioned master keys. Every encryption uses a fresh random 96-bit nonce; the
 * additional authenticated data binds a ciphertext to its tenant and key record, so a row copied to
 * another tenant or record fails to decrypt instead of leaking another workspace's key.
 *
 * Master keys are ordered oldest → newest (RECRUSPACE_MASTER_KEYS), and a stored row only ever moves
 * forward: towards the current key from an older one, never from a newer one back. So two instances
 * whose RECRUSPACE_MASTER_KEY_ID differ during a rolling change cannot re-encrypt rows back and forth,
 * and an instance that still runs the previous configuration leaves alone the rows `keys:rotate` moved.
 */

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** What is stored per row (all base64 except the key id). */
export type Sealed = {
  masterKeyId: string;
  nonce: string;
  ciphertext: string;
  authTag: string;
};

/**
 * Where a ciphertext belongs; part of the AAD. `purpose` keeps one kind of sealed data from ever opening as
 * another (an API key row, a shared cache entry); API keys, sealed before it existed, are the default.
 */
export type KeyBinding = { tenantId: string; recordId: string; purpose?: "api-key" | "shared-cache" };

export function associatedData({ tenantId, recordId, purpose = "api-key" }: KeyBinding): Buffer {
  if (!tenantId || !recordId || tenantId.includes(":") || recordId.includes(":")) {
    throw new Error("Key binding needs a tenant id and a record id without ':'.");
  }
  return Buffer.from(`recruspace-${purpose}:v1:${tenantId}:${recordId}`, "utf8");
}

/** Where a master key id stands against this keyring's current key, in the configured order. */
export type KeyPosition = "older" | "current" | "newer" | "unknown";

/** Re-encrypting would move a row to an older master key than the one it is on; rows only move forward. */
export class BackwardReencryptionError extends Error {
  constructor(from: string, to: string) {
    super(`Refusing to re-encrypt from master key "${from}" to the older key "${to}": stored keys only move to newer master keys.`);
    this.name = "BackwardReencryptionError";
  }
}

export class Keyring {
  constructor(private readonly masterKeys: MasterKeySet) {}

  get currentKeyId(): string {
    return this.masterKeys.currentId;
  }

  /** The configured key ids, oldest first. */
  get keyOrder(): readonly string[] {
    return this.masterKeys.order;
  }

  position(masterKeyId: string): KeyPosition {
    const rank = this.masterKeys.order.indexOf(masterKeyId);
    if (rank < 0) return "unknown";
    const current = this.masterKeys.order.indexOf(this.masterKeys.currentId);
    return rank < current ? "older" : rank === current ? "current" : "newer";
  }

  /**
   * True only when the row is on a master key listed before the current one: re-encrypting it moves it
   * forward. A row on a newer key (an instance further along a rolling change wrote it) stays as it is.
   */
  shouldMoveForward(sealed: Pick<Sealed, "masterKeyId">): boolean {
    return this.position(sealed.masterKeyId) === "older";
  }

  encrypt(plaintext: string, binding: KeyBinding): Sealed {
    const keyId = this.masterKeys.currentId;
    const key = this.masterKeys.keys.get(keyId)!;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(binding));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return {
      masterKeyId: keyId,
      nonce: nonce.toString("base64"),
      ciphertext: ciphertext.toString("base64"),
      authTag: cipher.getAuthTag().toString("base64"),
    };
  }

  /** Throws DecryptError (with a reason that never contains key material) on any mismatch. */
  decrypt(sealed: Sealed, binding: KeyBinding): string {
    const key = this.masterKeys.keys.get(sealed.masterKeyId);
    if (!key) throw new DecryptError(`master key "${sealed.masterKeyId}" is not configured`);
    const nonce = Buffer.from(sealed.nonce, "base64");
    const tag = Buffer.from(sealed.authTag, "base64");
    if (nonce.length !== NONCE_BYTES) throw new DecryptError("nonce has the wrong length");
    if (tag.length !== TAG_BYTES) throw new DecryptError("authentication tag has the wrong length");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(binding));
      decipher.setAuthTag(tag);
      const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, "base64")), decipher.final()]);
      return plain.toString("utf8");
    } catch {
      throw new DecryptError("authentication failed (wrong master key, tampered data, or the row belongs elsewhere)");
    }
  }

  /**
   * Decrypts with the row's own key id and seals again under the current key (fresh nonce). Refuses a
   * row on a newer master key (BackwardReencryptionError) instead of moving it back.
   */
  reencrypt(sealed: Sealed, binding: KeyBinding): Sealed {
    const plaintext = this.decrypt(sealed, binding);
    if (this.position(sealed.masterKeyId) === "newer") throw new BackwardReencryptionError(sealed.masterKeyId, this.currentKeyId);
    return this.encrypt(plaintext, binding);
  }
}
