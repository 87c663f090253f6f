import { SANDBOX_KEYS } from "../../../sandbox/seed-data";
import { e2eEnv } from "./env";

/** The shape of every key the sandbox issues (seeded ones and those made during a run). */
const SANDBOX_KEY_PATTERN = /rsk_sandbox_[a-z]+_[0-9a-f]{16,}/g;

/** A secret the built app under test holds, with a name that says which one leaked without printing it. */
export type KnownSecret = { label: string; value: string };

/**
 * Every written form of the master keys in a RECRUSPACE_MASTER_KEYS value ("id:base64,…"): the whole
 * entry, the key as base64 (padded, unpadded, base64url) and the raw key bytes as hex (both cases).
 */
export function masterKeySecrets(spec: string): KnownSecret[] {
  const secrets: KnownSecret[] = [];
  for (const entry of spec.split(",").map((part) => part.trim()).filter(Boolean)) {
    const colon = entry.indexOf(":");
    if (colon <= 0) continue;
    const id = entry.slice(0, colon);
    const encoded = entry.slice(colon + 1);
    const bytes = Buffer.from(encoded, "base64");
    if (bytes.length === 0) continue;
    const label = (form: string) => `master key "${id}" (${form})`;
    secrets.push(
      { label: label("id:base64"), value: entry },
      { label: label("base64"), value: bytes.toString("base64") },
      { label: label("base64 without padding"), value: bytes.toString("base64").replace(/=+$/, "") },
      { label: label("base64url"), value: bytes.toString("base64url") },
      { label: label("hex"), value: bytes.toString("hex") },
      { label: label("HEX"), value: bytes.toString("hex").toUpperCase() },
    );
  }
  return secrets;
}

/**
 * Everything secret the e2e run hands to the app: the raw Recruspace keys, the master keys in every form
 * they could be written out, and AUTH_SECRET. None may ever come back out (responses, logs, database, build).
 */
export function labelledSecrets(serverEnv: Record<string, string> = e2eEnv().serverEnv): KnownSecret[] {
  const secrets: KnownSecret[] = Object.values(SANDBOX_KEYS).map((key) => ({ label: rawKeyLabel(key), value: key }));
  if (serverEnv.RECRUSPACE_MASTER_KEYS) secrets.push(...masterKeySecrets(serverEnv.RECRUSPACE_MASTER_KEYS));
  if (serverEnv.AUTH_SECRET) secrets.push({ label: "AUTH_SECRET", value: serverEnv.AUTH_SECRET });
  const seen = new Set<string>();
  return secrets.filter((secret) => !seen.has(secret.value) && seen.add(secret.value));
}

/** Every secret value the e2e run may hand to the app; none may ever come back out. */
export function knownSecrets(): string[] {
  return labelledSecrets().map((secret) => secret.value);
}

export function findSecrets(text: string, secrets = knownSecrets()): string[] {
  const found = new Set(secrets.filter((s) => text.includes(s)));
  for (const match of text.matchAll(SANDBOX_KEY_PATTERN)) found.add(match[0]);
  return [...found];
}

function rawKeyLabel(secret: string): string {
  return `key ending in …${secret.slice(-4)}`;
}

/** For messages: enough to identify which secret leaked without printing it. */
export function describeSecret(secret: string, secrets: KnownSecret[] = labelledSecrets()): string {
  return secrets.find((known) => known.value === secret)?.label ?? rawKeyLabel(secret);
}
