import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./processes";

type ManifestEntry = { exportedName?: string; filename?: string };

/** The id Next.js gave a server action, from the build's server-reference-manifest.json. */
export function actionId(distDir: string, exportedName: string, fileSuffix: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").endsWith(fileSuffix),
  );
  if (!found) throw new Error(`server action ${exportedName} (${fileSuffix}) not found in ${distDir}'s manifest`);
  return found[0];
}

/**
 * Calls a server action the way the browser does (POST to the page with a Next-Action header and the
 * arguments as JSON) and returns the raw RSC answer; throws unless it holds an ok result.
 */
export async function callAction(pageUrl: string, id: string, cookie: string, args: unknown[]): Promise<string> {
  const response = await fetch(pageUrl, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"ok":true')) throw new Error(`action ${id} at ${pageUrl} → HTTP ${response.status}: ${body.slice(0, 300)}`);
  return body;
}
