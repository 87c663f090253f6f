import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";

/** Carries the refusal reason to the sign-in action; `code` never hints whether the email exists. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(db(), { ...parsed.data, ip: clientIp(request) });
        if (result.ok) return { id: result.userId };
        throw new SignInRefused(result.reason === "throttled" ? `throttled-${result.retryAfterMinutes}` : "invalid");
      },
    }),
  ],
  callbacks: {
    // The token and the session hold the user id only; everything else is read fresh from the database.
    jwt({ token, user }) {
      return { sub: user?.id ?? token.sub };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as unknown as typeof session;
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
