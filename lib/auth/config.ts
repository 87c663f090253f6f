import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { encode } from "next-auth/jwt";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { userOfSession } from "./session-check";
import { nowSeconds, SESSION_ABSOLUTE_LIFETIME_SECONDS, SESSION_MAX_AGE_SECONDS, sessionClaims } from "./session-token";

declare module "next-auth" {
  interface User {
    /** The user's session version at sign-in, put into the token as `sv`. */
    sessionVersion?: number;
  }
}

/** Carries the refusal reason to the sign-in action; `code` never hints whether the email exists. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

/** Seconds a token sealed now may live: the idle maxAge, but never past the session's absolute end. */
function tokenLifetime(authTime: unknown, maxAge: number): number {
  const start = typeof authTime === "number" ? authTime : nowSeconds();
  return Math.max(0, Math.min(maxAge, start + SESSION_ABSOLUTE_LIFETIME_SECONDS - nowSeconds()));
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: {
    // Auth.js re-seals the token with a fresh expiry whenever it is read through its session endpoint;
    // the absolute lifetime caps that expiry at sign-in + SESSION_ABSOLUTE_LIFETIME_SECONDS.
    encode: (params) => encode({ ...params, maxAge: tokenLifetime(params.token?.auth_time, params.maxAge ?? SESSION_MAX_AGE_SECONDS) }),
  },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(db(), { ...parsed.data, ip: clientIp(request) });
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        throw new SignInRefused(result.reason === "throttled" ? `throttled-${result.retryAfterMinutes}` : result.reason);
      },
    }),
  ],
  callbacks: {
    /**
     * The token holds the user id, the session version and the sign-in time only; everything else is
     * read fresh from the database. At sign-in the claims are set; on every later read through Auth.js
     * (its session endpoint) a revoked or expired session gets null, which makes Auth.js clear the
     * cookie instead of issuing a fresh token, and a current one keeps its claims unchanged (the
     * sign-in time is never moved, so re-sealing cannot extend the absolute lifetime).
     */
    async jwt({ token, user }) {
      if (user?.id) return { sub: user.id, sv: user.sessionVersion ?? 0, auth_time: nowSeconds() };
      const claims = sessionClaims(token);
      if (!claims || !(await userOfSession(db(), claims))) return null;
      return { sub: claims.userId, sv: claims.sessionVersion, auth_time: claims.authTime };
    },
    session({ session, token }) {
      const end = typeof token.auth_time === "number" ? new Date((token.auth_time + SESSION_ABSOLUTE_LIFETIME_SECONDS) * 1000) : null;
      const expires = end && end < new Date(session.expires) ? end.toISOString() : session.expires;
      return { expires, user: { id: token.sub } } as unknown as typeof session;
    },
  },
  logger: {
    // Refused sign-ins are expected and already audited; other errors are logged by name only.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}`);
    },
    warn(code) {
      console.warn(`[auth] warning ${code}`);
    },
  },
});
