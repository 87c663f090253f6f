import type { ApiResponse } from "../http/response";
import { isDriftRoute } from "./documented";
import { perturbBody } from "./perturb";
import type { DriftSeed, Perturbation } from "./types";
import { reshapeWriteAnswer, WRITE_ROUTES } from "./write-answers";

/** Only successful JSON answers drift: errors, 204s and raw bodies (file downloads) are answered as they are. */
function drifts(route: string, response: ApiResponse): boolean {
  return isDriftRoute(route) && response.status >= 200 && response.status < 300 && response.status !== 204 && response.body !== undefined && !response.raw;
}

/** Drifts a handler's answer before it is sent (the handler has already run, exactly once). */
export function driftAnswer(seed: DriftSeed, route: string, response: ApiResponse): { response: ApiResponse; applied: Perturbation[] } {
  if (!drifts(route, response)) return { response, applied: [] };
  const fields = perturbBody(seed, route, response.body);
  if (WRITE_ROUTES.has(route)) return reshapeWriteAnswer(seed, route, response, fields);
  return { response: { ...response, body: fields.body }, applied: fields.applied };
}
