// Prints a new random master key line for RECRUSPACE_MASTER_KEYS and how to roll it in.
import { generateMasterKeyLine } from "../lib/vault/master-keys";

const line = generateMasterKeyLine();
const id = line.slice(0, line.indexOf(":"));
console.log(line);
console.error(`
How to use it (keep it secret; anyone with it can decrypt the stored Recruspace keys):
  First key:     RECRUSPACE_MASTER_KEYS="${id}:…"  RECRUSPACE_MASTER_KEY_ID=${id}
  Rotating:      RECRUSPACE_MASTER_KEYS is ordered oldest → newest and stored keys only ever move to a
                 newer master key, so append the new key at the END and never reorder the list.
                 1. On every instance: RECRUSPACE_MASTER_KEYS="<old entries>,${id}:…" and keep
                    RECRUSPACE_MASTER_KEY_ID=<the current id> (the instances learn to decrypt ${id}).
                 2. Then, one instance after another: RECRUSPACE_MASTER_KEY_ID=${id}.
                    (With a single instance, steps 1 and 2 are one restart.)
                 3. \`npm run keys:rotate\` re-encrypts every stored key with ${id}; \`npm run keys:status\`
                    then says which old entries are removable.`);
