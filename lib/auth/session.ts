import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { userOfSession } from "./session-check";
import { sessionFromHeaders, type SessionClaims } from "./session-token";

/**
 * The request's session as its cookie says (signature, expiry and absolute lifetime checked), not yet
 * compared with the user's current session version: the gate does that as it reads the user anyway.
 * Decrypted once per render (the layout and the page both pass the gate); outside a render, per call.
 */
export const currentSession = cache(async (): Promise<SessionClaims | null> => sessionFromHeaders(await headers()));

/** The signed-in user's id, or null: signed out, or a session that was revoked. */
export async function currentUserId(): Promise<string | null> {
  return (await userOfSession(db(), await currentSession()))?.id ?? null;
}
