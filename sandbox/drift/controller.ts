import type { ApiResponse } from "../http/response";
import { AppliedLog } from "./applied-log";
import { driftAnswer } from "./answer";
import type { DriftSeed, Perturbation } from "./types";

export type ParsedDriftSeed = { ok: true; seed: DriftSeed | null } | { ok: false; error: string };

/** A seed from a control request or an option: a finite number, a non-empty string, or null (off). */
export function parseDriftSeed(value: unknown): ParsedDriftSeed {
  if (value === null) return { ok: true, seed: null };
  if (typeof value === "number" && Number.isFinite(value)) return { ok: true, seed: value };
  if (typeof value === "string" && value.trim() !== "") return { ok: true, seed: value.trim() };
  return { ok: false, error: "seed must be a number, a non-empty string or null" };
}

function validSeed(value: DriftSeed | null): DriftSeed | null {
  const parsed = parseDriftSeed(value);
  if (!parsed.ok) throw new Error(`drift ${parsed.error}`);
  return parsed.seed;
}

/** The sandbox's drift switch and the record of what it changed since the last switch or reset. */
export function createDriftMode(initialSeed: DriftSeed | null = null) {
  let seed = validSeed(initialSeed);
  let appliedByRoute = new Map<string, AppliedLog>();

  return {
    seed: () => seed,
    setSeed(next: DriftSeed | null) {
      seed = validSeed(next);
      appliedByRoute = new Map();
    },
    clearApplied() {
      appliedByRoute = new Map();
    },
    /** `{"GET /api/v1/client/candidates/{candidate_id}/": [{path, change}]}`, distinct by path + change. */
    applied(): Record<string, Perturbation[]> {
      return Object.fromEntries([...appliedByRoute].map(([route, log]) => [route, log.list()]));
    },
    apply(route: string, response: ApiResponse): ApiResponse {
      if (seed === null) return response;
      const drifted = driftAnswer(seed, route, response);
      if (drifted.applied.length > 0) {
        const log = appliedByRoute.get(route) ?? new AppliedLog();
        log.addAll(drifted.applied);
        appliedByRoute.set(route, log);
      }
      return drifted.response;
    },
  };
}

export type DriftMode = ReturnType<typeof createDriftMode>;
