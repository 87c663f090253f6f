import "server-only";
import { headers } from "next/headers";
import { sessionUserId } from "./session-token";

/** The signed-in user's id from the Auth.js session cookie, or null. */
export async function currentUserId(): Promise<string | null> {
  return sessionUserId((await headers()).get("cookie"));
}
