import type { Db } from "../db/create-client";
import type { Keyring, KeyPosition } from "./keyring";

/**
 * `npm run keys:status`: how many stored Recruspace keys (active and revoked) each master key id seals,
 * against this configuration's order, and which configured master keys may be removed. A key is called
 * removable only when it is older than the current key and no stored key uses it. Counts only: nothing
 * is decrypted, nothing is changed.
 */

export type Verdict = "current" | "removable" | "in_use" | "newer" | "not_configured";

export type MasterKeyUse = {
  id: string;
  /** "unknown" for an id rows use that this configuration does not list. */
  position: KeyPosition;
  active: number;
  revoked: number;
  verdict: Verdict;
};

export type MasterKeyStatus = { currentKeyId: string; keys: MasterKeyUse[] };

export async function masterKeyStatus(database: Db, keyring: Keyring): Promise<MasterKeyStatus> {
  const groups = await database.apiKey.groupBy({ by: ["masterKeyId", "status"], _count: { _all: true } });
  const counts = new Map<string, { active: number; revoked: number }>();
  for (const group of groups) {
    const entry = counts.get(group.masterKeyId) ?? { active: 0, revoked: 0 };
    if (group.status === "active") entry.active += group._count._all;
    else entry.revoked += group._count._all;
    counts.set(group.masterKeyId, entry);
  }
  const configured = keyring.keyOrder.map((id) => ({ id, ...(counts.get(id) ?? { active: 0, revoked: 0 }) }));
  const strangers = [...counts.entries()]
    .filter(([id]) => keyring.position(id) === "unknown")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => ({ id, ...count }));
  const keys = [...configured, ...strangers].map((key): MasterKeyUse => {
    const position = keyring.position(key.id);
    const rows = key.active + key.revoked;
    const verdict: Verdict =
      position === "unknown" ? "not_configured" : position === "current" ? "current" : position === "newer" ? "newer" : rows > 0 ? "in_use" : "removable";
    return { ...key, position, verdict };
  });
  return { currentKeyId: keyring.currentKeyId, keys };
}

/** Whether the operator may drop `id` from RECRUSPACE_MASTER_KEYS now, and why (or why not). */
export function removability(status: MasterKeyStatus, id: string): { removable: boolean; reason: string } {
  const key = status.keys.find((candidate) => candidate.id === id);
  if (!key) return { removable: false, reason: `"${id}" is not a master key of this configuration and no stored key uses it.` };
  return { removable: key.verdict === "removable", reason: VERDICT_TEXT[key.verdict](key) };
}

const plural = (n: number) => `${n} stored key${n === 1 ? "" : "s"}`;
const rowsOf = (key: MasterKeyUse) => `${plural(key.active + key.revoked)} (${key.active} active, ${key.revoked} revoked)`;

const VERDICT_TEXT: Record<Verdict, (key: MasterKeyUse) => string> = {
  removable: () => "removable: no stored key uses it",
  in_use: (key) => `NOT removable: ${rowsOf(key)} still use it; run \`npm run keys:rotate\` first`,
  current: () => "NOT removable: the current key (RECRUSPACE_MASTER_KEY_ID) encrypts new keys",
  newer: (key) =>
    `NOT removable: listed after the current key${key.active + key.revoked > 0 ? `, and ${rowsOf(key)} already use it (an instance encrypts with it)` : ""}; keep it until RECRUSPACE_MASTER_KEY_ID names it`,
  not_configured: (key) =>
    `NOT CONFIGURED here: ${rowsOf(key)} use it and cannot be decrypted by this configuration; add the key back to RECRUSPACE_MASTER_KEYS`,
};

const POSITION_TEXT: Record<KeyPosition, string> = { older: "older", current: "current", newer: "newer", unknown: "unknown" };

export function formatMasterKeyStatus(status: MasterKeyStatus): string {
  const width = Math.max(...status.keys.map((key) => key.id.length), 2);
  const lines = [`Master keys, oldest → newest as RECRUSPACE_MASTER_KEYS lists them; current "${status.currentKeyId}":`];
  for (const key of status.keys) {
    lines.push(`  ${key.id.padEnd(width)}  ${POSITION_TEXT[key.position].padEnd(7)}  ${String(key.active + key.revoked).padStart(5)} stored  ${VERDICT_TEXT[key.verdict](key)}`);
  }
  lines.push(
    "",
    "Remove a master key only when it is removable here AND every instance runs a configuration whose",
    "RECRUSPACE_MASTER_KEY_ID is newer than it: an instance still on an older current key seals newly added",
    "keys with that one. Run `npm run keys:status` again after the last instance has restarted.",
  );
  return lines.join("\n");
}
