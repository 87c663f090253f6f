import ipaddr from "ipaddr.js";

/**
 * The header that carries the client's address inside the app. It is set on every incoming request
 * by lib/auth/client-ip-hook.ts (from the socket and TRUSTED_PROXY_HOPS), overwriting whatever a
 * client sent under that name, before Next.js sees the request, and sealed (see clientIpSeal).
 *
 * Why a header of our own: Next.js only fills in `X-Forwarded-For` with the socket address when the
 * request has no such header (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
 * next/dist/server/base-server.js), and server actions and App Router handlers see nothing but
 * headers — no socket, no `request.ip` (removed in Next 15). So without a proxy, a client that sends
 * its own `X-Forwarded-For` would choose its address; the socket's peer is only known where the raw
 * Node request passes, which is where the hook reads it.
 */
export const CLIENT_IP_HEADER = "x-recruspace-client-ip";

/** The bucket for a request whose address cannot be known (no hook, or nothing usable). */
export const UNKNOWN_IP = "unknown";

type HeaderReader = { get(name: string): string | null };

/**
 * A client's address as one canonical string: IPv4 in dotted decimal (also when it arrives as an
 * IPv4-mapped IPv6 address, `::ffff:192.0.2.1`), IPv6 in its short form. Accepts the `[v6]:port` and
 * `v4:port` forms some proxies write. null: not an IP address.
 */
export function normalizeIp(value: string | null | undefined): string | null {
  let text = (value ?? "").trim();
  if (text === "" || text.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text).toString();
  if (!ipaddr.IPv6.isValid(text)) return null;
  return ipaddr.process(text).toString();
}

/**
 * The client's address, given what arrived at the socket: the `X-Forwarded-For` the peer sent and the
 * peer's own address. Each proxy appends the address it saw, so the chain is
 * `[...X-Forwarded-For, socket peer]` and, with N trusted proxies in front, the client is the entry N
 * places from the end: with 0 the socket peer itself (the header is then the client's own words and
 * ignored), with 1 the entry the one proxy appended, and so on. When the chain is shorter than that
 * (a request that came round the proxies) its first entry is taken.
 */
export function clientIpFromChain(forwardedFor: string | string[] | null | undefined, socketAddress: string | null | undefined, trustedHops: number): string {
  const socket = normalizeIp(socketAddress);
  if (trustedHops <= 0) return socket ?? UNKNOWN_IP;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map((hop) => hop.trim()).filter(Boolean), socketAddress ?? ""];
  const picked = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return normalizeIp(picked) ?? UNKNOWN_IP;
}

const hook = globalThis as unknown as { __recruspaceClientIpSeal?: string };

/**
 * The hook writes `<seal> <address>`, the seal being a random value of this process that only the
 * hook knows to write: a client that sends the header itself, or a request parsed before the hook
 * was installed (while the server starts), is never taken at its word. null: no hook installed.
 */
export function clientIpSeal(create = false): string | null {
  if (create) hook.__recruspaceClientIpSeal ??= crypto.randomUUID();
  return hook.__recruspaceClientIpSeal ?? null;
}

/** What the hook writes into CLIENT_IP_HEADER. */
export function sealedClientIp(ip: string): string {
  return `${clientIpSeal(true)} ${ip}`;
}

/** Forgets the seal (tests that remove the hook). */
export function dropClientIpSeal(): void {
  delete hook.__recruspaceClientIpSeal;
}

/** The caller's address from a request's headers (a server action's `headers()`, a Request, a Node request). */
export function clientIpFromHeaders(headers: HeaderReader): string {
  const seal = clientIpSeal();
  const value = headers.get(CLIENT_IP_HEADER);
  if (!seal || !value?.startsWith(`${seal} `)) return UNKNOWN_IP;
  return normalizeIp(value.slice(seal.length + 1)) ?? UNKNOWN_IP;
}

export function clientIp(request: Request): string {
  return clientIpFromHeaders(request.headers);
}

/** The same for a Pages Router request, whose headers are a plain object. */
export function clientIpOfNodeHeaders(headers: Record<string, string | string[] | undefined>): string {
  return clientIpFromHeaders({
    get: (name) => {
      const value = headers[name];
      return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
    },
  });
}

/**
 * The key an address is throttled under: an IPv4 address as is, an IPv6 address by its /64 (one
 * subscriber usually holds a whole /64, so single v6 addresses would be free to rotate).
 */
export function ipThrottleKey(ip: string): string {
  if (!ipaddr.IPv6.isValid(ip) || ipaddr.IPv4.isValidFourPartDecimal(ip)) return ip;
  const parts = ipaddr.IPv6.parse(ip).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(":")}::/64`;
}
