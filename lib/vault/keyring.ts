import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DecryptError } from "./errors";
import type { MasterKeySet } from "./master-keys";

/**
 * AES-256-GCM with versioned master keys. Every encryption uses a fresh random 96-bit nonce; the
 * additional authenticated data binds a ciphertext to its tenant and key record, so a row copied to
 * another tenant or record fails to decrypt instead of leaking another workspace's key.
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

/** Where a ciphertext belongs; part of the AAD. */
export type KeyBinding = { tenantId: string; recordId: string };

export function associatedData({ tenantId, recordId }: KeyBinding): Buffer {
  if (!tenantId || !recordId || tenantId.includes(":") || recordId.includes(":")) {
    throw new Error("Key binding needs a tenant id and a record id without ':'.");
  }
  return Buffer.from(`recruspace-api-key:v1:${tenantId}:${recordId}`, "utf8");
}

export class Keyring {
  constructor(private readonly masterKeys: MasterKeySet) {}

  get currentKeyId(): string {
    return this.masterKeys.currentId;
  }

  /** True when the row was sealed with an older master key and should be re-encrypted. */
  isStale(sealed: Pick<Sealed, "masterKeyId">): boolean {
    return sealed.masterKeyId !== this.masterKeys.currentId;
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

  /** Decrypts with the row's own key id and seals again under the current key (fresh nonce). */
  reencrypt(sealed: Sealed, binding: KeyBinding): Sealed {
    return this.encrypt(this.decrypt(sealed, binding), binding);
  }
}
