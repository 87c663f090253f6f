import { SANDBOX_KEYS } from "../../sandbox/seed-data";

/** Every raw Recruspace key the e2e run may hand to the app; none may ever come back out. */
export function knownSecrets(): string[] {
  return [...new Set(Object.values(SANDBOX_KEYS))].filter((k) => k.length >= 12);
}

export function findSecrets(text: string, secrets = knownSecrets()): string[] {
  return secrets.filter((s) => text.includes(s));
}

/** For messages: enough to identify which key leaked without printing it. */
export function describeSecret(secret: string): string {
  return `key ending in …${secret.slice(-4)}`;
}
