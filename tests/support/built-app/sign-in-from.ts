import http from "node:http";
import { randomBytes } from "node:crypto";

/**
 * Talks to the built app from a chosen source address on the loopback network (any 127.x.y.z is this
 * machine on Linux), so a test can be several clients with real, different socket addresses, and can
 * add whatever `X-Forwarded-For` a client might send.
 */
export type SourcedResponse = { status: number; location: string | null; setCookies: string[]; body: string };

export function requestFrom(
  url: string,
  options: { from: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<SourcedResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        localAddress: options.from,
        headers: { host: target.host, ...(options.body ? { "content-length": String(Buffer.byteLength(options.body)) } : {}), ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, setCookies: res.headers["set-cookie"] ?? [], body }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A fresh loopback source address (never 127.0.0.1, which the browsers of the other specs use). */
export function loopbackAddress(): string {
  const b = randomBytes(3);
  return `127.${b[0]! % 200 + 20}.${b[1]}.${(b[2]! % 250) + 2}`;
}

export function randomPublicIp(): string {
  const b = randomBytes(3);
  return `203.${b[0]}.${b[1]}.${b[2]}`;
}

function pairsOf(setCookies: string[]): [string, string][] {
  return setCookies.map((line) => {
    const pair = line.split(";")[0]!;
    const eq = pair.indexOf("=");
    return [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
  });
}

/**
 * Signs in through next-auth's own endpoints (CSRF token, then the Credentials callback) from `from`,
 * with `headers` added to both requests. `session` is the Cookie header to use afterwards, or null
 * when refused; `code` is the refusal next-auth put into the redirect (`invalid`, `throttled-15`, …).
 */
export async function signInFrom(
  baseURL: string,
  from: string,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<{ session: string | null; code: string | null }> {
  const csrf = await requestFrom(`${baseURL}/api/auth/csrf`, { from, headers });
  const jar = new Map(pairsOf(csrf.setCookies));
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const callback = await requestFrom(`${baseURL}/api/auth/callback/credentials`, {
    from,
    method: "POST",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
    },
    body: new URLSearchParams({ email: credentials.email, password: credentials.password, csrfToken, callbackUrl: baseURL }).toString(),
  });
  const session = pairsOf(callback.setCookies).find(([name, value]) => name.includes("session-token") && value !== "");
  const code = callback.location ? new URL(callback.location, baseURL).searchParams.get("code") : null;
  return { session: session ? `${session[0]}=${session[1]}` : null, code };
}
