/**
 * Next.js calls register() once per server start, before any request is served. The auth-secret and
 * vault checks live here so a production server without AUTH_SECRET or a valid master key refuses to
 * start, with a message that says how to make one; so does the hook that gives every request its
 * client address (lib/auth/client-ip-hook.ts). On PostgreSQL it also starts listening for the other
 * instances' cache invalidations (lib/list-cache/broadcast.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file while collecting page data; the running server is what must check.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { authSecretProblem } = await import("./lib/auth/startup-check");
  const problem = authSecretProblem();
  if (problem) {
    console.error(`\nRecruspace Admin cannot start: ${problem}\n`);
    process.exit(1);
    return;
  }
  // Every request gets the client's address from its socket (and TRUSTED_PROXY_HOPS) before Next.js sees it.
  const { installClientIpHook } = await import("./lib/auth/client-ip-hook");
  try {
    installClientIpHook();
  } catch (error) {
    console.error(`\nRecruspace Admin cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
    return;
  }
  const { startVaultOrExit } = await import("./lib/vault/startup");
  startVaultOrExit();
  const { startCacheBroadcast } = await import("./lib/list-cache/broadcast");
  // Not fatal: without it each instance's cache entries live their short lifetime, as before.
  startCacheBroadcast().catch((error: unknown) => console.warn(`[list-cache] not listening for other instances' invalidations: ${error instanceof Error ? error.message : String(error)}`));
}
