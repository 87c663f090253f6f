/**
 * Next.js calls register() once per server start, before any request is served. The auth-secret and
 * vault checks live here so a production server without AUTH_SECRET or a valid master key refuses to
 * start, with a message that says how to make one; so does the hook that gives every request its
 * client address (lib/auth/client-ip-hook.ts). They run on Node.js only and sit in their own file
 * (instrumentation-node.ts), imported only under NEXT_RUNTIME === "nodejs", so the Edge build of this
 * file holds no Node.js API. On PostgreSQL it also starts listening for the other instances' cache
 * invalidations (lib/list-cache/broadcast.ts).
 */
export async function register() {
  // `next build` may load this file while collecting page data; the running server is what must check.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { registerNode } = await import("./instrumentation-node");
    await registerNode();
  }
}
