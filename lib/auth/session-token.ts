import { decode } from "next-auth/jwt";

/** Auth.js's session cookie: `__Secure-` prefixed when the site is served over HTTPS. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** The secrets Auth.js itself tries, in its order: AUTH_SECRET_3..1 (rotation), then AUTH_SECRET. */
export function authSecrets(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((secret): secret is string => Boolean(secret));
}

/**
 * The user id in the session cookie, read the way Auth.js reads it (next-auth/jwt `decode`, salted
 * with the cookie name, expiry checked) but without running Auth.js's whole session endpoint per
 * call, which also re-encrypts a fresh token that a server render cannot set anyway.
 * null: no valid session. undefined: a chunked cookie (`name.0`, a large session), which only
 * Auth.js reassembles — the caller asks Auth.js then.
 */
export async function userIdFromSessionCookie(read: (name: string) => string | undefined, secrets: string[]): Promise<string | null | undefined> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = read(name);
    if (token === undefined) {
      if (read(`${name}.0`) !== undefined) return undefined;
      continue;
    }
    if (secrets.length === 0) return null;
    try {
      const payload = await decode({ token, secret: secrets, salt: name });
      return typeof payload?.sub === "string" && payload.sub !== "" ? payload.sub : null;
    } catch {
      // Tampered, expired or sealed with a retired secret: not signed in.
      return null;
    }
  }
  return null;
}

/**
 * The one way both gates (next/headers and a pages API route) find the signed-in user: the session
 * cookie read as above, and Auth.js itself (`askAuthJs`) only for a chunked cookie.
 */
export async function sessionUserId(
  read: (name: string) => string | undefined,
  askAuthJs: () => Promise<{ user?: { id?: string } } | null>,
): Promise<string | null> {
  const fromCookie = await userIdFromSessionCookie(read, authSecrets());
  if (fromCookie !== undefined) return fromCookie;
  return (await askAuthJs())?.user?.id ?? null;
}
