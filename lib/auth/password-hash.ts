import { hash, verify } from "@node-rs/argon2";
import { withHashSlot } from "./hash-slots";

// argon2id (the library's default algorithm) with OWASP's minimum memory/time parameters.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a new password; waits for one of the few hash slots (lib/auth/hash-slots.ts). */
export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, OPTIONS));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return withHashSlot(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check so response times do not reveal which emails exist. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hash("dummy-password-for-timing-equalisation", OPTIONS);
  await verifyPassword(await dummyHash, password);
}
