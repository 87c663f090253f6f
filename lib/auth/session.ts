import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { userOfSession } from "./session-check";
import { sessionFromHeaders, type SessionClaims } from "./session-token";

/**
 * The request's session as its cookie says (signature, expiry and absolute lifetime checked), not yet
 * compared with the user's current session version: the gate does that as it reads the user anyway.
 */
export async function currentSession(): Promise<SessionClaims | null> {
  return sessionFromHeaders(await headers());
}

/** The signed-in user's id, or null: signed out, or a session that was revoked. */
export async function currentUserId(): Promise<string | null> {
  return (await userOfSession(db(), await currentSession()))?.id ?? null;
}
