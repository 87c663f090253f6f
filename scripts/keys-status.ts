// Shows how many stored Recruspace keys each master key id seals (active and revoked), in the order of
// RECRUSPACE_MASTER_KEYS, and which master keys may be removed. Read-only.
//   npm run keys:status                      the table; exit 1 when stored keys use a master key not configured here
//   npm run keys:status -- --removable <id>  exit 0 only when <id> may be removed now (for deploy scripts)
import { createPrismaClient } from "../lib/db/create-client";
import { currentKeyring } from "../lib/vault/current-keyring";
import { formatMasterKeyStatus, masterKeyStatus, removability } from "../lib/vault/status";

const flag = process.argv.indexOf("--removable");
const asked = flag > 0 ? process.argv[flag + 1] : undefined;

let database: ReturnType<typeof createPrismaClient> | undefined;
try {
  if (flag > 0 && !asked) throw new Error("--removable needs a master key id, e.g. `npm run keys:status -- --removable k1767000000`.");
  const keyring = currentKeyring();
  database = createPrismaClient();
  const status = await masterKeyStatus(database, keyring);
  console.log(formatMasterKeyStatus(status));
  if (asked) {
    const { removable, reason } = removability(status, asked);
    console.log(`\n"${asked}": ${reason}`);
    if (!removable) process.exitCode = 1;
  } else if (status.keys.some((key) => key.verdict === "not_configured")) {
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database?.$disconnect();
}
