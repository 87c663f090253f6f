import type { NextConfig } from "next";
import path from "node:path";
import { httpsOnlyHeaders, securityHeaders } from "./lib/security/headers";
import { removeStaticSources } from "./scripts/lib/static-sources";

const config: NextConfig = {
  // Separate build folders let tests, benchmarks and the demo build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run typecheck` is the type gate (CI runs it); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  // pages/api/uploads/cv.ts shares lib/ with the App Router. Bundled like App Router code, its
  // dependencies get the server-side `server-only` (a no-op); left external, Node would load the
  // package's throwing entry. The packages above stay external here too.
  bundlePagesRouterDependencies: true,
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  compiler: {
    // Next 16.4 has no option that keeps Turbopack from copying the CV worker's source beside its bundle (served under
    // /_next/static): delete such copies before the build goes on. The leak scan fails a build that has any.
    async runAfterProductionCompile({ projectDir, distDir }) {
      removeStaticSources(path.resolve(projectDir, distDir));
    },
  },
  // Browsers ask for /favicon.ico whatever the page links; the app's icon is app/icon.svg.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      // Strict-Transport-Security only when the browser reached us over https (lib/security/headers.ts).
      { source: "/:path*", ...httpsOnlyHeaders() },
      // The candidate page previews a PDF CV in a same-origin iframe (app/api/candidates/[id]/cv).
      { source: "/api/candidates/:id/cv", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

export default config;
