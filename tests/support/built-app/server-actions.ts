import fs from "node:fs";
import path from "node:path";
import type { ActionResult } from "../../../lib/errors/result";

/** Server actions and route handlers of a production build, read from Next's manifests, and calls to them. */
export type BuiltAction = { id: string; key: string; pageUrl: string };

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** The server folder of a build: NEXT_DIST_DIR (default .next) unless `distDir` is given. */
function serverDir(distDir = process.env.NEXT_DIST_DIR || ".next"): string {
  return path.join(root, distDir, "server");
}

function actionManifest(distDir?: string): Record<string, ManifestEntry> {
  return (JSON.parse(fs.readFileSync(path.join(serverDir(distDir), "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> }).node;
}

/** A concrete URL for a page path from the build, e.g. app/(app)/talent-pools/[id]/page → /talent-pools/1. */
function urlForPage(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? "1" : s));
  return `/${segments.join("/")}`;
}

/** Every server action in the production build, named "file#export", from Next's reference manifest. */
export function builtServerActions(): BuiltAction[] {
  return Object.entries(actionManifest()).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    pageUrl: urlForPage(Object.keys(entry.workers)[0] ?? "app/page"),
  }));
}

/** The id Next.js gave a server action in the build in `distDir`. */
export function actionId(distDir: string, exportedName: string, fileSuffix: string): string {
  const found = Object.entries(actionManifest(distDir)).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").endsWith(fileSuffix),
  );
  if (!found) throw new Error(`server action ${exportedName} (${fileSuffix}) not found in ${distDir}'s manifest`);
  return found[0];
}

/**
 * Every route handler in the production build: App Router handlers as their app path, e.g.
 * "/api/health/route", and Pages Router API routes as their file, e.g. "pages/api/uploads/cv".
 */
export function builtRouteHandlers(): string[] {
  const server = serverDir();
  const appPaths = JSON.parse(fs.readFileSync(path.join(server, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const pagesFile = path.join(server, "pages-manifest.json");
  const pages = fs.existsSync(pagesFile) ? (JSON.parse(fs.readFileSync(pagesFile, "utf8")) as Record<string, string>) : {};
  return [
    ...Object.keys(appPaths).filter((p) => p.endsWith("/route")),
    ...Object.entries(pages)
      .filter(([route]) => route === "/api" || route.startsWith("/api/"))
      .map(([, file]) => file.replace(/\.js$/, "")),
  ];
}

/** The headers of a server-action call as the browser makes it: the action id, the arguments as JSON, an RSC answer. */
export function serverActionHeaders(id: string): Record<string, string> {
  return { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" };
}

/**
 * Calls a server action the way the browser does (POST to the page with a Next-Action header and the
 * arguments as JSON) and returns the raw RSC answer; throws unless it holds an ok result.
 */
export async function callAction(pageUrl: string, id: string, cookie: string, args: unknown[]): Promise<string> {
  const response = await fetch(pageUrl, {
    method: "POST",
    headers: { ...serverActionHeaders(id), Cookie: cookie },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"ok":true')) throw new Error(`action ${id} at ${pageUrl} → HTTP ${response.status}: ${body.slice(0, 300)}`);
  return body;
}

/** Calls a server action as the browser does and reads its ActionResult from the RSC answer (ok or not). */
export async function callActionForResult<T>(pageUrl: string, id: string, cookie: string, args: unknown[]): Promise<ActionResult<T>> {
  const response = await fetch(pageUrl, { method: "POST", headers: { ...serverActionHeaders(id), Cookie: cookie }, body: JSON.stringify(args), redirect: "manual" });
  const body = await response.text();
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{") || !json.includes('"ok":')) continue;
    return JSON.parse(json) as never;
  }
  throw new Error(`action ${id} at ${pageUrl} → HTTP ${response.status} without a result: ${body.slice(0, 300)}`);
}
