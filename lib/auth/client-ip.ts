/**
 * The last X-Forwarded-For entry: Next.js sets the header to the socket address when it is absent,
 * and a proxy in front appends the address it saw, so the last entry is the one a client cannot
 * choose when a proxy is present. (Directly exposed, a client-sent header is kept as is; the
 * per-account limit still holds then.)
 */
export function clientIp(request: Request): string {
  return clientIpFromHeaders(request.headers);
}

export function clientIpFromHeaders(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return (hops.at(-1) || headers.get("x-real-ip") || "unknown").slice(0, 100);
}

/** The same for a Pages Router request, whose headers are a plain object. */
export function clientIpOfNodeHeaders(headers: Record<string, string | string[] | undefined>): string {
  const forwarded = headers["x-forwarded-for"];
  const realIp = headers["x-real-ip"];
  const flat = new Headers();
  if (forwarded) flat.set("x-forwarded-for", Array.isArray(forwarded) ? forwarded.join(", ") : forwarded);
  if (realIp) flat.set("x-real-ip", Array.isArray(realIp) ? realIp[0]! : realIp);
  return clientIpFromHeaders(flat);
}
