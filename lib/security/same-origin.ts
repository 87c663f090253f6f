import type { IncomingHttpHeaders } from "node:http";

/**
 * Cross-site request forgery check for the routes Next's server-action check does not cover (the
 * upload routes under pages/api/uploads): a browser request must come from a page of this app. SameSite
 * cookies stop other sites, but not a sibling subdomain (same site, other origin).
 *
 * As Next does for server actions: the Origin header's host must equal the host the request was sent
 * to — the first X-Forwarded-Host when the deployment trusts its proxy's headers (AUTH_TRUST_HOST),
 * else Host. A request without Origin is not a browser's (every current browser sends Origin on a
 * POST) and passes, unless Sec-Fetch-Site says it came from another origin. Origin "null" (a sandboxed
 * frame, a data: URL) never matches.
 */
export function isSameOriginRequest(headers: IncomingHttpHeaders, trustForwardedHost: boolean): boolean {
  const fetchSite = first(headers["sec-fetch-site"]);
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = first(headers.origin);
  if (origin === undefined) return true;
  let originHost: string;
  try {
    if (origin === "null") return false;
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const forwarded = trustForwardedHost ? first(headers["x-forwarded-host"])?.split(",")[0]?.trim() : undefined;
  const host = (forwarded || first(headers.host))?.toLowerCase();
  return host !== undefined && host === originHost;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
