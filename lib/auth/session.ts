import "server-only";
import { cookies } from "next/headers";
import { auth } from "./config";
import { sessionUserId } from "./session-token";

/** The signed-in user's id from the next-auth session, or null. */
export async function currentUserId(): Promise<string | null> {
  const store = await cookies();
  return sessionUserId((name) => store.get(name)?.value, () => auth());
}
