import "server-only";
import { cookies } from "next/headers";
import { auth } from "./config";
import { authSecrets, userIdFromSessionCookie } from "./session-token";

/** The signed-in user's id from the next-auth session, or null. */
export async function currentUserId(): Promise<string | null> {
  const store = await cookies();
  const fromCookie = await userIdFromSessionCookie((name) => store.get(name)?.value, authSecrets());
  if (fromCookie !== undefined) return fromCookie;
  const session = await auth();
  return session?.user?.id ?? null;
}
