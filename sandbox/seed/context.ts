import type { SandboxState } from "../store/types";
import type { SeedCompanySpec } from "../seed-data";
import type { Random } from "./prng";

/** What every seed step gets: the state being built, the company and its random stream. */
export interface SeedContext {
  state: SandboxState;
  company: SeedCompanySpec;
  random: Random;
  nextId(): number;
}

/** Seed times are relative to a fixed anchor so they are identical on every start. */
export const SEED_ANCHOR_MS = Date.UTC(2026, 5, 1, 9, 0, 0);
const DAY_MS = 86_400_000;

export function daysBeforeAnchor(days: number, random: Random): string {
  return new Date(SEED_ANCHOR_MS - days * DAY_MS - random.int(0, 8 * 3_600_000)).toISOString();
}

export function isoDate(value: string): string {
  return value.slice(0, 10);
}

export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
