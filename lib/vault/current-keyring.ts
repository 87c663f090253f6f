import { readEnv } from "../config/env";
import { Keyring } from "./keyring";
import { loadMasterKeys } from "./master-keys";

const cache = globalThis as unknown as { __recruspaceKeyring?: { signature: string; keyring: Keyring } };

/**
 * The process-wide keyring, loaded from the environment (or `.master-key` in dev/demo) on first use.
 * Re-read when the relevant variables change, so tests can switch master keys inside one process.
 */
export function currentKeyring(): Keyring {
  const env = readEnv();
  const signature = [env.RECRUSPACE_MASTER_KEYS, env.RECRUSPACE_MASTER_KEY_ID, env.NODE_ENV, env.RECRUSPACE_DEMO, process.cwd()].join("|");
  if (cache.__recruspaceKeyring?.signature !== signature) {
    cache.__recruspaceKeyring = { signature, keyring: new Keyring(loadMasterKeys({ env })) };
  }
  return cache.__recruspaceKeyring.keyring;
}
