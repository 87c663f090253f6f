/**
 * Drift is keyed by the route's pattern, not the concrete path, so every candidate id shares one
 * drift: `GET /api/v1/client/candidates/:candidate_id/` → `GET /api/v1/client/candidates/{candidate_id}/`.
 */
export function routeKeyOf(method: string, pattern: string): string {
  return `${method.toUpperCase()} ${pattern.replace(/:([A-Za-z_]+)/g, "{$1}")}`;
}
