import { ipThrottleKey } from "./client-ip";
import { limiter, tryConsume } from "./limiter-store";

export const SIGN_UP_WINDOW_SECONDS = 60 * 60;
/** New workspaces one address may create per hour: enough for an office behind one NAT, not for a script. */
export const MAX_SIGN_UPS_PER_IP = 10;

const signUps = () => limiter({ name: "signup_ip", points: MAX_SIGN_UPS_PER_IP, durationSeconds: SIGN_UP_WINDOW_SECONDS });

/**
 * Counts a sign-up from `ip` before any work is done (one atomic increment, lib/auth/limiter-store.ts,
 * so parallel sign-ups cannot all pass), or says how many minutes to wait. Every counted sign-up uses
 * its point, whether or not it created an account (the answer is the same for both).
 */
export async function reserveSignUp(ip: string): Promise<{ ok: true } | { ok: false; waitMinutes: number }> {
  const outcome = await tryConsume(await signUps(), ipThrottleKey(ip));
  return outcome.ok ? { ok: true } : { ok: false, waitMinutes: Math.max(1, Math.ceil(outcome.msBeforeNext / 60_000)) };
}

/** Gives a counted sign-up back when it failed for a reason of ours (not the visitor's). */
export async function releaseSignUp(ip: string): Promise<void> {
  await (await signUps()).reward(ipThrottleKey(ip));
}

export function signUpThrottledMessage(minutes: number): string {
  return `Too many new workspaces from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
