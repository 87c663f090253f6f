import "server-only";
import { auth } from "./config";

/** The signed-in user's id from the next-auth session, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
