import os from "node:os";

/**
 * A small semaphore around argon2: each hash or verification takes ~19 MiB and a thread for tens of
 * milliseconds, so a burst of sign-ins (or of sign-ups) must queue for a few slots instead of running
 * all at once and starving the server. Beyond MAX_WAITING queued calls the next one is refused
 * (HashQueueFull) rather than held: the caller answers "try again in a minute".
 */
export const HASH_SLOTS = Math.max(2, Math.min(4, os.availableParallelism()));
export const MAX_WAITING = 64;

export class HashQueueFull extends Error {
  constructor() {
    super("Too many password checks are waiting.");
    this.name = "HashQueueFull";
  }
}

/** By name, not `instanceof`: the semaphore is shared across Next.js bundles (see lib/auth/limiter-store.ts). */
export function isHashQueueFull(error: unknown): boolean {
  return error instanceof Error && error.name === "HashQueueFull";
}

type Slots = { active: number; waiting: (() => void)[] };
// One per process, whichever Next.js bundle asks (see lib/auth/limiter-store.ts).
const holder = globalThis as unknown as { __recruspaceHashSlots?: Slots };
const slots = (holder.__recruspaceHashSlots ??= { active: 0, waiting: [] });

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.active >= HASH_SLOTS) {
    if (slots.waiting.length >= MAX_WAITING) throw new HashQueueFull();
    await new Promise<void>((resolve) => slots.waiting.push(resolve));
  } else {
    slots.active++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next caller, or give it back.
    const next = slots.waiting.shift();
    if (next) next();
    else slots.active--;
  }
}

/** How many hashes run right now (for tests). */
export function activeHashes(): number {
  return slots.active;
}
