import { createHash } from "node:crypto";
import { ipThrottleKey } from "./client-ip";
import { limiter, tryConsume } from "./limiter-store";

/**
 * Sign-in throttling, counted before the password is checked (lib/auth/limiter-store.ts), so parallel
 * guesses cannot slip past a check that has not counted them yet:
 *
 * - per account + IP: MAX_FAILURES_PER_PAIR tries, then the pair is locked out; each lockout within
 *   LOCKOUT_MEMORY_SECONDS doubles the next (15 min, 30 min, 1 h, … up to a day). The lock is on the
 *   pair, never on the account: the right password from an address that has not failed always gets
 *   through, so nobody can lock a victim out by failing on purpose.
 * - per IP across accounts: MAX_FAILURES_PER_IP tries per IP_WINDOW_SECONDS, against one address
 *   spraying passwords over many accounts (an IPv6 address counts by its /64).
 *
 * A try counts as soon as it starts; a right password gives its points back (and clears the pair's
 * failures), so only failures and tries still running use up the allowance.
 */
export const MAX_FAILURES_PER_PAIR = 5;
export const PAIR_WINDOW_SECONDS = 15 * 60;
export const FIRST_LOCKOUT_SECONDS = 15 * 60;
export const MAX_LOCKOUT_SECONDS = 24 * 60 * 60;
export const LOCKOUT_MEMORY_SECONDS = 24 * 60 * 60;
export const MAX_FAILURES_PER_IP = 20;
export const IP_WINDOW_SECONDS = 15 * 60;

const pairs = () => limiter({ name: "signin_pair", points: MAX_FAILURES_PER_PAIR, durationSeconds: PAIR_WINDOW_SECONDS });
const lockouts = () => limiter({ name: "signin_lockouts", points: 1_000_000, durationSeconds: LOCKOUT_MEMORY_SECONDS });
const addresses = () => limiter({ name: "signin_ip", points: MAX_FAILURES_PER_IP, durationSeconds: IP_WINDOW_SECONDS });

/** A try that has been counted and must be settled once the password was checked. */
export type SignInReservation = { pairKey: string; ipKey: string; pairCount: number };

export type ThrottleDecision = { throttled: false; reservation: SignInReservation } | { throttled: true; retryAfterMinutes: number };

/** The lockout after the n-th lockout of a pair: 15 min, doubling, at most a day. */
export function lockoutSeconds(lockoutNumber: number): number {
  return Math.min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2 ** Math.max(0, lockoutNumber - 1));
}

function pairKeyOf(email: string, ip: string): string {
  // Hashed: keys stay short (the PostgreSQL store's key is varchar(255)) and no email is stored in clear.
  return `${createHash("sha256").update(email).digest("base64url")}|${ipThrottleKey(ip)}`;
}

function minutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

/** Counts a sign-in try of `email` from `ip` before anything is checked, or says how long to wait. */
export async function reserveSignInAttempt({ email, ip }: { email: string; ip: string }): Promise<ThrottleDecision> {
  const pairKey = pairKeyOf(email, ip);
  const ipKey = ipThrottleKey(ip);
  const [pairLimiter, ipLimiter] = await Promise.all([pairs(), addresses()]);
  const pair = await tryConsume(pairLimiter, pairKey);
  if (!pair.ok) return { throttled: true, retryAfterMinutes: minutes(pair.msBeforeNext) };
  const address = await tryConsume(ipLimiter, ipKey);
  if (!address.ok) {
    await pairLimiter.reward(pairKey);
    return { throttled: true, retryAfterMinutes: minutes(address.msBeforeNext) };
  }
  return { throttled: false, reservation: { pairKey, ipKey, pairCount: pair.res.consumedPoints } };
}

/**
 * Settles a counted try: a right password gives the points back and clears the pair's failures and
 * lockouts; a wrong one keeps them, and the try that used the pair's last point locks the pair out;
 * a try that never got to check the password gives its points back.
 */
export async function settleSignInAttempt(reservation: SignInReservation, outcome: "success" | "failure" | "not_checked"): Promise<void> {
  const [pairLimiter, ipLimiter, lockoutLimiter] = await Promise.all([pairs(), addresses(), lockouts()]);
  if (outcome === "success") {
    await Promise.all([pairLimiter.delete(reservation.pairKey), lockoutLimiter.delete(reservation.pairKey), ipLimiter.reward(reservation.ipKey)]);
    return;
  }
  if (outcome === "not_checked") {
    await Promise.all([pairLimiter.reward(reservation.pairKey), ipLimiter.reward(reservation.ipKey)]);
    return;
  }
  if (reservation.pairCount >= MAX_FAILURES_PER_PAIR) {
    const lockout = await lockoutLimiter.penalty(reservation.pairKey);
    await pairLimiter.block(reservation.pairKey, lockoutSeconds(lockout.consumedPoints));
  }
}

export function throttledMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export const BUSY_MESSAGE = "Too many sign-ins at once right now. Try again in a minute.";
