import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptError } from "./errors";
import { associatedData, Keyring, type Sealed } from "./keyring";
import { parseMasterKeys } from "./master-keys";

const k1 = randomBytes(32).toString("base64");
const k2 = randomBytes(32).toString("base64");
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
  });

  it("binds tenant and record in the AAD without ambiguity", () => {
    expect(associatedData(binding).toString()).toBe("recruspace-api-key:v1:tenant-a:record-1");
    expect(() => associatedData({ tenantId: "a:b", recordId: "c" })).toThrow();
    expect(() => associatedData({ tenantId: "", recordId: "c" })).toThrow();
  });

  it("decrypts a ciphertext from an older master key and re-encrypts it to the current one", () => {
    const old = ring("k1").encrypt(secret, binding);
    const keyring = ring("k2");
    expect(keyring.isStale(old)).toBe(true);
    expect(keyring.decrypt(old, binding)).toBe(secret);
    const fresh = keyring.reencrypt(old, binding);
    expect(fresh.masterKeyId).toBe("k2");
    expect(keyring.isStale(fresh)).toBe(false);
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
});
