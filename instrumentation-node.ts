/**
 * The server's start-up checks, run by instrumentation.ts on the Node.js runtime only: this file uses
 * process.exit, which the Edge build of instrumentation.ts must not contain (Turbopack reports it as
 * "Ecmascript file had an error" when it does).
 */
export async function registerNode(): Promise<void> {
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
