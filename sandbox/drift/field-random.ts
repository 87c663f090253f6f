import { createRandom, type Random } from "../seed/prng";
import type { DriftSeed } from "./types";

/** FNV-1a: a small, stable string hash to seed the PRNG with. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The random source for one decision. It depends only on its inputs, so a field's drift does not
 * depend on which other fields the body happens to have, and a repeated request drifts the same way.
 */
export function randomFor(seed: DriftSeed, route: string, path: string, salt = ""): Random {
  return createRandom(hash32([String(seed), route, path, salt].join("\u241f")));
}
