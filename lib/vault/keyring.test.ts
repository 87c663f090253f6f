import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptError } from "./errors";
import { associatedData, BackwardReencryptionError, Keyring, type Sealed } from "./keyring";
import { parseMasterKeys } from "./master-keys";

const k1 = randomBytes(32).toString("base64");
const k2 = randomBytes(32).toString("base64");
const k3 = randomBytes(32).toString("base64");
const binding = { tenantId: "tenant-a", recordId: "record-1" };
const secret = "rs_live_0123456789abcdefWXYZ";

const ring = (current: string, spec = `k1:${k1},k2:${k2}`) => new Keyring(parseMasterKeys(spec, current));

/** Flips one bit of a base64 field. */
function flip(value: string, byteIndex = 0): string {
  const bytes = Buffer.from(value, "base64");
  bytes[byteIndex] = bytes[byteIndex]! ^ 0x01;
  return bytes.toString("base64");
}

describe("Keyring", () => {
  it("round-trips a key under the current master key", () => {
    const keyring = ring("k2");
    const sealed = keyring.encrypt(secret, binding);
    expect(sealed.masterKeyId).toBe("k2");
    expect(sealed.ciphertext).not.toContain(secret);
    expect(Buffer.from(sealed.ciphertext, "base64").toString("utf8")).not.toContain(secret);
    expect(keyring.decrypt(sealed, binding)).toBe(secret);
  });

  it("uses a fresh 96-bit nonce for every encryption", () => {
    const keyring = ring("k2");
    const a = keyring.encrypt(secret, binding);
    const b = keyring.encrypt(secret, binding);
    expect(Buffer.from(a.nonce, "base64")).toHaveLength(12);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it.each<[string, (s: Sealed) => Sealed]>([
    ["ciphertext", (s) => ({ ...s, ciphertext: flip(s.ciphertext, 3) })],
    ["nonce", (s) => ({ ...s, nonce: flip(s.nonce) })],
    ["auth tag", (s) => ({ ...s, authTag: flip(s.authTag, 15) })],
    ["truncated tag", (s) => ({ ...s, authTag: Buffer.from(s.authTag, "base64").subarray(0, 12).toString("base64") })],
  ])("rejects a tampered %s", (_, tamper) => {
    const keyring = ring("k2");
    const sealed = keyring.encrypt(secret, binding);
    expect(() => keyring.decrypt(tamper(sealed), binding)).toThrow(DecryptError);
  });

  it("rejects a ciphertext moved to another tenant or another key record", () => {
    const keyring = ring("k2");
    const sealed = keyring.encrypt(secret, binding);
    expect(() => keyring.decrypt(sealed, { ...binding, tenantId: "tenant-b" })).toThrow(DecryptError);
    expect(() => keyring.decrypt(sealed, { ...binding, recordId: "record-2" })).toThrow(DecryptError);
    expect(() => keyring.decrypt(sealed, { ...binding, purpose: "shared-cache" }), "a key never opens as a cache entry").toThrow(DecryptError);
  });

  it("binds tenant and record in the AAD without ambiguity", () => {
    expect(associatedData(binding).toString()).toBe("recruspace-api-key:v1:tenant-a:record-1");
    expect(associatedData({ ...binding, purpose: "shared-cache" }).toString()).toBe("recruspace-shared-cache:v1:tenant-a:record-1");
    expect(() => associatedData({ tenantId: "a:b", recordId: "c" })).toThrow();
    expect(() => associatedData({ tenantId: "", recordId: "c" })).toThrow();
  });

  it("decrypts a ciphertext from an older master key and re-encrypts it to the current one", () => {
    const old = ring("k1").encrypt(secret, binding);
    const keyring = ring("k2");
    expect(keyring.shouldMoveForward(old)).toBe(true);
    expect(keyring.decrypt(old, binding)).toBe(secret);
    const fresh = keyring.reencrypt(old, binding);
    expect(fresh.masterKeyId).toBe("k2");
    expect(keyring.shouldMoveForward(fresh)).toBe(false);
    expect(keyring.decrypt(fresh, binding)).toBe(secret);
    // The new ciphertext no longer needs k1.
    expect(ring("k2", `k2:${k2}`).decrypt(fresh, binding)).toBe(secret);
  });

  it("fails with a DecryptError naming the missing key id, never key material", () => {
    const sealed = ring("k1").encrypt(secret, binding);
    const withoutK1 = ring("k2", `k2:${k2}`);
    let caught: unknown;
    try {
      withoutK1.decrypt(sealed, binding);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecryptError);
    const message = (caught as Error).message;
    expect(message).toContain('"k1"');
    expect(message).not.toContain(k1);
    expect(message).not.toContain(k2);
    expect(message).not.toContain(secret);
  });

  it("fails when the same key id holds different bytes (wrong master key)", () => {
    const sealed = ring("k1").encrypt(secret, binding);
    const impostor = new Keyring(parseMasterKeys(`k1:${randomBytes(32).toString("base64")}`, "k1"));
    expect(() => impostor.decrypt(sealed, binding)).toThrow(DecryptError);
  });

  it("ranks key ids by the configured order, oldest first", () => {
    const keyring = new Keyring(parseMasterKeys(`k1:${k1},k2:${k2},k3:${k3}`, "k2"));
    expect(keyring.keyOrder).toEqual(["k1", "k2", "k3"]);
    expect(["k1", "k2", "k3", "k0"].map((id) => keyring.position(id))).toEqual(["older", "current", "newer", "unknown"]);
  });
});

describe("two app instances with different current master key ids (a rolling change of RECRUSPACE_MASTER_KEY_ID)", () => {
  // Both list k1 then k2 (oldest → newest); the first already switched to k2, the second still encrypts with k1.
  const ahead = ring("k2");
  const behind = ring("k1");
  const rank = (id: string) => ["k1", "k2"].indexOf(id);

  /** What getActiveKeyForUse does on every read: re-encrypt when the keyring says the row should move. */
  const read = (keyring: Keyring, row: Sealed): Sealed => {
    expect(keyring.decrypt(row, binding)).toBe(secret);
    return keyring.shouldMoveForward(row) ? keyring.encrypt(secret, binding) : row;
  };

  it("never move a row backwards, however their reads interleave", () => {
    for (const start of [behind.encrypt(secret, binding), ahead.encrypt(secret, binding)]) {
      let row = start;
      const history = [row.masterKeyId];
      for (const instance of [behind, ahead, behind, behind, ahead, behind, ahead, ahead, behind]) {
        row = read(instance, row);
        history.push(row.masterKeyId);
      }
      for (let i = 1; i < history.length; i++) expect(rank(history[i]!), history.join(" → ")).toBeGreaterThanOrEqual(rank(history[i - 1]!));
      expect(row.masterKeyId).toBe("k2");
    }
  });

  it("the instance behind leaves a row on the newer key alone, and refuses to re-seal it backwards", () => {
    const moved = ahead.encrypt(secret, binding);
    expect(behind.shouldMoveForward(moved)).toBe(false);
    expect(read(behind, moved)).toBe(moved);
    expect(() => behind.reencrypt(moved, binding)).toThrow(BackwardReencryptionError);
  });

  it("a row on the older key is moved forward exactly by the instance ahead", () => {
    const old = behind.encrypt(secret, binding);
    expect(behind.shouldMoveForward(old)).toBe(false);
    expect(ahead.shouldMoveForward(old)).toBe(true);
    expect(ahead.reencrypt(old, binding).masterKeyId).toBe("k2");
  });
});
