import "server-only";
import { db } from "@/lib/db";
import { userOfSession, type SessionUser } from "./session-check";
import { currentSession } from "./session";

/** The signed-in user's public facts, or null when signed out (a revoked session, an account no longer there). */
export async function currentUser(): Promise<SessionUser | null> {
  return userOfSession(db(), await currentSession());
}
