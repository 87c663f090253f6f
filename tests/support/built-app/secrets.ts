import { SANDBOX_KEYS } from "../../../sandbox/seed-data";

/** The shape of every key the sandbox issues (seeded ones and those made during a run). */
const SANDBOX_KEY_PATTERN = /rsk_sandbox_[a-z]+_[0-9a-f]{16,}/g;

/** Every raw Recruspace key the e2e run may hand to the app; none may ever come back out. */
export function knownSecrets(): string[] {
  return [...new Set(Object.values(SANDBOX_KEYS))];
}

export function findSecrets(text: string, secrets = knownSecrets()): string[] {
  const found = new Set(secrets.filter((s) => text.includes(s)));
  for (const match of text.matchAll(SANDBOX_KEY_PATTERN)) found.add(match[0]);
  return [...found];
}

/** For messages: enough to identify which key leaked without printing it. */
export function describeSecret(secret: string): string {
  return `key ending in …${secret.slice(-4)}`;
}
