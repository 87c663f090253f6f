import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export type BuiltAction = { id: string; key: string; pageUrl: string };

const root = path.resolve(import.meta.dirname, "..", "..");

function distDir(): string {
  return path.join(root, process.env.NEXT_DIST_DIR || ".next");
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
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    pageUrl: urlForPage(Object.keys(entry.workers)[0] ?? "app/page"),
  }));
}

/**
 * Every route handler in the production build: App Router handlers as their app path, e.g.
 * "/api/health/route", and Pages Router API routes as their file, e.g. "pages/api/uploads/cv".
 */
export function builtRouteHandlers(): string[] {
  const server = path.join(distDir(), "server");
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

export type ActionCallResult = { status: number; ok: boolean | null; code: string | null; text: string };

/**
 * Calls a server action the way a hostile client would: a bare POST with the action id, bypassing
 * every form and button. The result is read from the RSC payload.
 */
export async function callServerAction(
  request: APIRequestContext,
  baseURL: string,
  action: BuiltAction,
  args: unknown[],
): Promise<ActionCallResult> {
  const response = await request.post(`${baseURL}${action.pageUrl}`, {
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const text = await response.text();
  const okMatch = /"ok":(true|false)/.exec(text);
  const codeMatch = /"code":"([a-z_]+)"/.exec(text);
  return { status: response.status(), ok: okMatch ? okMatch[1] === "true" : null, code: codeMatch?.[1] ?? null, text };
}
