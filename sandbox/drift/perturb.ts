import { isDriftRoute } from "./documented";
import { fieldRulesFor } from "./rules";
import type { DriftResult, DriftSeed } from "./types";
import { perturbUploadAnswer, UPLOAD_ROUTE } from "./upload-answer";
import { perturbFields } from "./walk";

/**
 * Drifts the JSON body of a successful answer of `route` ("METHOD /pattern/", see route-key.ts).
 * Same seed, route and body ⇒ same result. Routes the sandbox does not classify stay unchanged.
 */
export function perturbBody(seed: DriftSeed, route: string, body: unknown): DriftResult {
  if (!isDriftRoute(route)) return { body, applied: [] };
  if (route === UPLOAD_ROUTE) return perturbUploadAnswer(seed, body);
  return perturbFields(seed, route, body, fieldRulesFor(route));
}
