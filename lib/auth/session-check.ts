import type { Db } from "@/lib/db";
import type { SessionClaims } from "./session-token";

export type SessionUser = { id: string; email: string; name: string };

/**
 * The user a session belongs to, or null when the session is no longer current: the account is gone,
 * or its session version moved on since the token was issued (signed out everywhere, password
 * changed, removed from a workspace).
 */
export async function userOfSession(database: Db, session: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!session) return null;
  const user = await database.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** Revokes every session of the user, on every device: their tokens carry the old version. */
export async function revokeSessions(database: Pick<Db, "user">, userId: string): Promise<void> {
  await database.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
