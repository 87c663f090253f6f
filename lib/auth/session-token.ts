import { getToken, type JWT } from "next-auth/jwt";

/** Auth.js's session cookie: `__Secure-` prefixed when the deployment is served over HTTPS. */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/** A session cookie not used for this long expires (Auth.js's maxAge: the token is re-sealed on use). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** However it is used, a session ends this long after its sign-in; then the user signs in again. */
export const SESSION_ABSOLUTE_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

/**
 * What a session token carries: the user id (`sub`), the user's session version when it was issued
 * (`sv`; User.sessionVersion is bumped to revoke every session of the user) and when the user signed in
 * (`auth_time`, seconds; set once at sign-in, never moved, so the absolute lifetime counts from there).
 */
export type SessionClaims = { userId: string; sessionVersion: number; authTime: number };

/** The secrets Auth.js itself tries, in its order: AUTH_SECRET_3..1 (rotation), then AUTH_SECRET. */
export function authSecrets(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((secret): secret is string => Boolean(secret));
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

type HeaderReader = { get(name: string): string | null };

/**
 * Whether the deployment's cookies are the `__Secure-` ones, decided as Auth.js decides it when it
 * writes them: by AUTH_URL's protocol when AUTH_URL is set (Auth.js rewrites the request's URL to it),
 * else by the request's protocol, which Next.js and Auth.js take from X-Forwarded-Proto (Next.js sets
 * it from the socket when no proxy did; Auth.js assumes https when it is missing). On HTTPS only the
 * `__Secure-` cookie is read: a plain `authjs.session-token`, which a sibling subdomain or a
 * plain-http hop could plant, is never taken for a session.
 */
export function usesSecureCookies(headers: HeaderReader, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const envUrl = env.AUTH_URL || env.NEXTAUTH_URL;
  if (envUrl) {
    try {
      return new URL(envUrl).protocol === "https:";
    } catch {
      return false;
    }
  }
  const proto = (headers.get("x-forwarded-proto") ?? "https").split(",")[0]!.trim().toLowerCase();
  return proto === "https" || proto === "https:";
}

/**
 * The claims of a decoded token, or null when it is not a session of ours any more: without the
 * claims (tokens issued before sessions could be revoked: their owners sign in once more), with a
 * sign-in time in the future, or older than the absolute lifetime.
 */
export function sessionClaims(payload: JWT | null | undefined, now: number = nowSeconds()): SessionClaims | null {
  if (!payload) return null;
  const { sub, sv, auth_time: authTime } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || sub === "") return null;
  if (typeof sv !== "number" || !Number.isInteger(sv) || sv < 0) return null;
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return null;
  if (authTime > now + 60 || now - authTime >= SESSION_ABSOLUTE_LIFETIME_SECONDS) return null;
  return { userId: sub, sessionVersion: sv, authTime };
}

const quiet = { error: () => {}, warn: () => {}, debug: () => {} } as unknown as Console;

/**
 * The session in a request's cookie, read with next-auth's own `getToken` (cookie name and salt,
 * chunked cookies, secret rotation and expiry as Auth.js does them) instead of running Auth.js's whole
 * session endpoint per call, which also re-encrypts a fresh token a server render cannot set. It
 * costs the same as decoding the cookie by hand (measured: ~0.9 ms either way, the JWE decryption).
 * Only the Cookie header is handed over: getToken would also take a Bearer token from an
 * Authorization header, which is not a way to sign in here. The cookie name follows `secure`
 * (usesSecureCookies). Whether the session is still current (its version) is for the caller, who
 * reads the user anyway (lib/tenancy/context.ts, lib/auth/session-check.ts). null: not signed in.
 */
export async function readSessionCookie(
  cookieHeader: string | null | undefined,
  options: { secure: boolean; secrets?: string[]; now?: number },
): Promise<SessionClaims | null> {
  const secrets = options.secrets ?? authSecrets();
  if (!cookieHeader || secrets.length === 0) return null;
  const payload = await getToken({ req: { headers: { cookie: cookieHeader } }, secret: secrets, secureCookie: options.secure, logger: quiet });
  return sessionClaims(payload, options.now);
}

/** The session of a request, given its headers (a server action's `headers()`, a Request, a Node request's headers). */
export function sessionFromHeaders(headers: HeaderReader): Promise<SessionClaims | null> {
  return readSessionCookie(headers.get("cookie"), { secure: usesSecureCookies(headers) });
}
