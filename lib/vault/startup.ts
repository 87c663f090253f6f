import { readEnv } from "../config/env";
import { currentKeyring } from "./current-keyring";
import { loadMasterKeys, masterKeyFilePath } from "./master-keys";

/**
 * Validates the environment and the master keys. Throws EnvError / MasterKeyConfigError; their
 * messages never contain key bytes. Returns a one-line summary for the log.
 */
export function checkVaultConfiguration(): string {
  const env = readEnv();
  const keys = loadMasterKeys({ env });
  currentKeyring();
  const where = keys.source === "env" ? "RECRUSPACE_MASTER_KEYS" : masterKeyFilePath();
  const newer = keys.order.slice(keys.order.indexOf(keys.currentId) + 1);
  const order = keys.order.length > 1 ? ` (oldest → newest: ${keys.order.join(", ")})` : "";
  const rollIn = newer.length ? `; decrypt only, newer than the current key: ${newer.map((id) => `"${id}"`).join(", ")}` : "";
  return `vault: ${keys.keys.size} master key(s) from ${where}${order}; current id "${keys.currentId}"${rollIn}`;
}

/**
 * Called once at server start (instrumentation.ts): a misconfigured server stops at boot, with a
 * message saying how to fix it, instead of failing on the first request that needs a key.
 */
export function startVaultOrExit(): void {
  try {
    console.log(checkVaultConfiguration());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nRecruspace Admin cannot start: ${message}\n`);
    process.exit(1);
  }
}
