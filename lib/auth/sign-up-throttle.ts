import type { Db } from "@/lib/db";

export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
/** New workspaces one address may create per hour: enough for an office behind one NAT, not for a script. */
export const MAX_SIGN_UPS_PER_IP = 10;

/**
 * Minutes until this IP may sign up again, or 0. Counted from the audit trail's `auth.sign_up`
 * entries, so the limit holds across instances without a table of its own.
 */
export async function signUpWaitMinutes(database: Db, ip: string, now: Date = new Date()): Promise<number> {
  const recent = await database.auditEvent.findMany({
    where: { action: "auth.sign_up", ip, createdAt: { gt: new Date(now.getTime() - SIGN_UP_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: MAX_SIGN_UPS_PER_IP,
    select: { createdAt: true },
  });
  if (recent.length < MAX_SIGN_UPS_PER_IP) return 0;
  // The oldest of the last N leaves the window first; then one more sign-up is allowed.
  const freeAt = recent[recent.length - 1]!.createdAt.getTime() + SIGN_UP_WINDOW_MS;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

export function signUpThrottledMessage(minutes: number): string {
  return `Too many new workspaces from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
