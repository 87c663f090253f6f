import "server-only";
import { db } from "@/lib/db";
import { currentUserId } from "./session";

/** The signed-in user's public facts, or null when signed out (or the account no longer exists). */
export async function currentUser(): Promise<{ id: string; email: string; name: string } | null> {
  const id = await currentUserId();
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}
