// Prints a new random master key line for RECRUSPACE_MASTER_KEYS and how to roll it in.
import { generateMasterKeyLine } from "../lib/vault/master-keys";

const line = generateMasterKeyLine();
const id = line.slice(0, line.indexOf(":"));
console.log(line);
console.error(`
How to use it (keep it secret; anyone with it can decrypt the stored Recruspace keys):
  First key:     RECRUSPACE_MASTER_KEYS="${id}:…"  RECRUSPACE_MASTER_KEY_ID=${id}
  Rotating:      append it to the existing list, e.g.
                 RECRUSPACE_MASTER_KEYS="<old entries>,${id}:…"  RECRUSPACE_MASTER_KEY_ID=${id}
                 restart the app, then run \`npm run keys:rotate\` to re-encrypt every stored key
                 with ${id}; afterwards the old entries may be removed.`);
