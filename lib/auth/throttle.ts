import type { Db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type ThrottleDecision = { throttled: false } | { throttled: true; retryAfterMinutes: number };

/**
 * Counts recent failed attempts in the shared SignInAttempt table (so it holds across instances).
 * An account's failures before its last successful sign-in no longer count.
 */
export async function checkSignInThrottle(
  database: Db,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<ThrottleDecision> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await database.signInAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, ipFailures] = await Promise.all([
    database.signInAttempt.findMany({
      where: { email, success: false, createdAt: { gt: accountSince } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_ACCOUNT,
      select: { createdAt: true },
    }),
    database.signInAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_IP,
      select: { createdAt: true },
    }),
  ]);
  const waits: number[] = [];
  // The oldest of the last N failures leaves the window first; that is when one more try is allowed.
  if (accountFailures.length >= MAX_FAILURES_PER_ACCOUNT) waits.push(msUntilFree(accountFailures, now));
  if (ipFailures.length >= MAX_FAILURES_PER_IP) waits.push(msUntilFree(ipFailures, now));
  if (waits.length === 0) return { throttled: false };
  return { throttled: true, retryAfterMinutes: Math.max(1, Math.ceil(Math.max(...waits) / 60_000)) };
}

function msUntilFree(failures: { createdAt: Date }[], now: Date): number {
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  return oldest + THROTTLE_WINDOW_MS - now.getTime();
}

export async function recordSignInAttempt(
  database: Db,
  attempt: { email: string; ip: string; success: boolean; at?: Date },
): Promise<void> {
  await database.signInAttempt.create({
    data: { email: attempt.email, ip: attempt.ip, success: attempt.success, ...(attempt.at ? { createdAt: attempt.at } : {}) },
  });
}

export function throttledMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
