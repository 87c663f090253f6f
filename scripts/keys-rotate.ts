// Re-encrypts every stored Recruspace key on the current or an older master key to the current master
// key (RECRUSPACE_MASTER_KEY_ID) in one transaction; keys already on a newer master key (listed after the
// current one) are left as they are. Any row that cannot be decrypted aborts the run with nothing changed (exit 1).
import { createPrismaClient } from "../lib/db/create-client";
import { currentKeyring } from "../lib/vault/current-keyring";
import { rotateAllKeys } from "../lib/vault/rotate";

const database = createPrismaClient();
try {
  const result = await rotateAllKeys(database, currentKeyring());
  console.log(
    `Re-encrypted ${result.total} stored key(s) to master key "${result.currentKeyId}" ` +
      `(${result.movedFromOldKeys} were on an older master key).`,
  );
  for (const [id, count] of Object.entries(result.leftOnNewerKeys)) {
    console.log(`Left ${count} stored key(s) on master key "${id}", which is newer than "${result.currentKeyId}": stored keys never move back.`);
  }
  console.log("Run `npm run keys:status` (once every instance runs this configuration) to see which master keys can be removed.");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database.$disconnect();
}
