import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { pipeline, Readable, Transform } from "node:stream";
import ipaddr from "ipaddr.js";

/**
 * The one way the server fetches a URL that did not come from its configuration (today: the presigned
 * file links in Recruspace's answers, for the CV and photo routes). Such a URL is attacker-controlled
 * as far as the server knows, so the rules are:
 *
 * - http(s) only, no credentials in the URL; plain http only for a configured origin (the Recruspace
 *   base URLs: RECRUSPACE_DEFAULT_BASE_URL and RECRUSPACE_ALLOWED_BASE_URLS, e.g. the local sandbox);
 * - when RECRUSPACE_FILE_HOSTS is set, any other URL's host must be one of those storage hosts;
 * - the name is resolved once (every address, `dns.lookup` with `all: true`) and EVERY address must be
 *   public unicast by ipaddr.js's classification (loopback, private, link-local, carrier-grade NAT,
 *   unique-local, multicast, reserved, IPv4-mapped/-translated forms of those, … are refused);
 *   configured origins are the operator's own choice and skip this check;
 * - the connection is opened to the checked address itself (an IP literal, so no second lookup can
 *   happen: a DNS rebind between check and connect has nothing to swap), with the original name kept
 *   for the Host header, TLS SNI and certificate verification;
 * - redirects are never followed (a 3xx is refused), a fresh socket per request (no pooled connection);
 * - at most `maxBytes` of body (an announced longer length is refused up front, a longer stream is
 *   cut off), and one deadline for everything: DNS, connect, headers and the whole body.
 */

export type ResolvedAddress = { address: string; family: number };

export type SafeFetchPolicy = {
  /** Origins from configuration ("http://127.0.0.1:4010"): http allowed and the address check waived. */
  trustedOrigins: readonly string[];
  /** Storage host patterns ("files.example.com", "*.s3.amazonaws.com"); empty: any public host. */
  allowedHosts: readonly string[];
  maxBytes: number;
  /** One deadline for DNS, connect, headers and the whole body. */
  timeoutMs: number;
  /** Every address of a name (default: the system resolver, as `dns.lookup(name, { all: true })`). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
};

export type SafeFetchRefusal =
  | "unusable_url"
  | "not_https"
  | "host_not_allowed"
  | "unresolvable"
  | "not_public"
  | "redirect"
  | "http_error"
  | "too_large"
  | "timeout"
  | "network";

/** Why a URL was not fetched (or its body was cut off). The message is safe to log: no URL, no address. */
export class SafeFetchError extends Error {
  constructor(
    readonly reason: SafeFetchRefusal,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "SafeFetchError";
  }
}

export type SafeResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The announced length, when there was one (never more than maxBytes). */
  contentLength: number | null;
  /** The body; it errors with a SafeFetchError past maxBytes or the deadline. */
  body: ReadableStream<Uint8Array>;
};

/** Public unicast by ipaddr.js's own ranges (IPv4-mapped IPv6 is judged as the IPv4 address it is). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/** "files.example.com" matches itself only; "*.example.com" matches every name below example.com. */
export function hostAllowed(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return patterns.some((raw) => {
    const pattern = raw.toLowerCase();
    return pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;
  });
}

const systemResolve = async (hostname: string): Promise<ResolvedAddress[]> => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Checks the URL against the policy and resolves it: the addresses a connection may use, in order. */
export async function checkUrl(input: string, policy: SafeFetchPolicy): Promise<{ url: URL; addresses: string[] }> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SafeFetchError("unusable_url", "The link is not a valid URL.");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) {
    throw new SafeFetchError("unusable_url", "The link is not a plain http(s) URL.");
  }
  const trusted = policy.trustedOrigins.includes(url.origin);
  if (!trusted && url.protocol !== "https:") throw new SafeFetchError("not_https", "The link does not use https.");
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!trusted && policy.allowedHosts.length > 0 && !hostAllowed(hostname, policy.allowedHosts)) {
    throw new SafeFetchError("host_not_allowed", "The link points to a host that is not an allowed file storage host.");
  }
  let addresses: string[];
  if (net.isIP(hostname)) {
    addresses = [hostname];
  } else {
    try {
      addresses = (await (policy.resolve ?? systemResolve)(hostname)).map((entry) => entry.address);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new SafeFetchError("unresolvable", "The link's host name does not resolve.");
  }
  if (!trusted && !addresses.every(isPublicAddress)) {
    throw new SafeFetchError("not_public", "The link points to a private, loopback or otherwise non-public address.");
  }
  return { url, addresses };
}

/** The request options that connect to `address` (an IP literal) while speaking to `url`'s host. */
export function requestOptionsFor(url: URL, address: string): https.RequestOptions {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return {
    host: address,
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: "GET",
    // The original Host (a presigned URL's signature covers it) and no compression (lengths stay true).
    headers: { Host: url.host, Accept: "*/*", "Accept-Encoding": "identity" },
    // SNI and certificate checks against the name, not the address ("" = no SNI for an IP URL).
    servername: net.isIP(hostname) ? "" : hostname,
    // A fresh socket for this request only, never one pooled for another host.
    agent: false,
    // Never asked for an IP literal; refuses outright should anything try to resolve again.
    lookup: (_hostname, _options, callback) => callback(new Error("no second lookup"), "", 0),
  };
}

/**
 * GETs `input` under the policy. Resolves when the answer's headers are in (2xx only) with the body
 * as a stream; refuses with SafeFetchError before a byte is sent when the URL breaks a rule.
 */
export async function safeFetch(input: string, policy: SafeFetchPolicy): Promise<SafeResponse> {
  const deadline = new AbortController();
  const timeout = () => new SafeFetchError("timeout", `The file did not arrive within ${Math.round(policy.timeoutMs / 1000)} s.`);
  const timer = setTimeout(() => deadline.abort(timeout()), policy.timeoutMs);
  timer.unref?.();
  try {
    const { url, addresses } = await raceDeadline(checkUrl(input, policy), deadline.signal);
    const response = await connectFirst(url, addresses, deadline.signal);
    const status = response.statusCode ?? 0;
    const refuse = (error: SafeFetchError): never => {
      response.destroy();
      throw error;
    };
    if (status >= 300 && status < 400) refuse(new SafeFetchError("redirect", "The link redirects elsewhere; redirects are not followed.", status));
    if (status < 200 || status >= 300) refuse(new SafeFetchError("http_error", `The file host answered ${status}.`, status));
    const declared = response.headers["content-length"];
    const contentLength = declared && /^\d+$/.test(declared) ? Number(declared) : null;
    if (contentLength !== null && contentLength > policy.maxBytes) refuse(tooLarge(policy.maxBytes));
    return { status, headers: response.headers, contentLength, body: cappedBody(response, policy.maxBytes, deadline.signal, timer) };
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}

function tooLarge(maxBytes: number): SafeFetchError {
  return new SafeFetchError("too_large", `The file is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB limit.`);
}

function raceDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Tries the checked addresses in order until one connects; the answer's headers, or the last failure. */
async function connectFirst(url: URL, addresses: string[], signal: AbortSignal): Promise<http.IncomingMessage> {
  let lastError: unknown;
  for (const address of addresses) {
    try {
      return await requestOnce(url, address, signal);
    } catch (error) {
      if (error instanceof SafeFetchError) throw error;
      lastError = error;
    }
  }
  throw new SafeFetchError("network", `The file host could not be reached (${errorCode(lastError)}).`);
}

function requestOnce(url: URL, address: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(requestOptionsFor(url, address));
    const onAbort = () => request.destroy(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    request.once("socket", (socket) => {
      // Belt and braces: the socket must be connected to exactly the address that was checked.
      socket.once("connect", () => {
        if (!sameAddress(socket.remoteAddress, address)) request.destroy(new SafeFetchError("not_public", "The connection went to an address that was not checked."));
      });
    });
    request.once("response", (response) => {
      signal.removeEventListener("abort", onAbort);
      // From here on the deadline ends the body (see cappedBody).
      resolve(response);
    });
    request.once("error", (error) => {
      signal.removeEventListener("abort", onAbort);
      reject(error);
    });
    request.end();
  });
}

function sameAddress(actual: string | undefined, expected: string): boolean {
  if (!actual) return false;
  try {
    return ipaddr.process(actual).toNormalizedString() === ipaddr.process(expected).toNormalizedString();
  } catch {
    return false;
  }
}

/** The body as a web stream that errors past `maxBytes` or the deadline; the timer ends with the body. */
function cappedBody(response: http.IncomingMessage, maxBytes: number, signal: AbortSignal, timer: NodeJS.Timeout): ReadableStream<Uint8Array> {
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > maxBytes) return callback(tooLarge(maxBytes));
      callback(null, chunk);
    },
  });
  const onAbort = () => counter.destroy(signal.reason as Error);
  signal.addEventListener("abort", onAbort, { once: true });
  // Whatever ends first (the body, the limit, the deadline, the reader cancelling) tears down both.
  pipeline(response, counter, () => {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort);
  });
  return Readable.toWeb(counter) as ReadableStream<Uint8Array>;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{2,40}$/.test(code) ? code : "connection failed";
}
