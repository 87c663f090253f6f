// Re-encrypts every stored Recruspace key to the current master key (RECRUSPACE_MASTER_KEY_ID) in
// one transaction. Any row that cannot be decrypted aborts the run with nothing changed (exit 1).
import { createPrismaClient } from "../lib/db/create-client";
import { currentKeyring } from "../lib/vault/current-keyring";
import { rotateAllKeys } from "../lib/vault/rotate";

const database = createPrismaClient();
try {
  const result = await rotateAllKeys(database, currentKeyring());
  console.log(
    `Re-encrypted ${result.total} stored key(s) to master key "${result.currentKeyId}" ` +
      `(${result.movedFromOldKeys} were on an older master key). Older master keys can now be removed.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database.$disconnect();
}
