/**
 * Next.js calls register() once per server start, before any request is served. The vault check
 * lives here so a production server without a valid master key refuses to start, with a message
 * that says how to make one.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file while collecting page data; the running server is what must check.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startVaultOrExit } = await import("./lib/vault/startup");
  startVaultOrExit();
}
