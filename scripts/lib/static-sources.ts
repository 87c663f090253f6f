import fs from "node:fs";
import path from "node:path";

/**
 * TypeScript sources a build left where the app serves them. Turbopack bundles the CV reader's worker
 * (`new Worker(new URL("./read-cv.worker.ts", import.meta.url))`) and also copies that source to
 * `static/media/` as a plain asset that nothing loads; everything under `static/` is served as
 * `/_next/static/…`, so the copy would hand our source to anyone who asks.
 */
const SOURCE = /\.(ts|tsx|mts|cts)$/;

export function staticSources(distDir: string): string[] {
  const served = path.join(distDir, "static");
  if (!fs.existsSync(served)) return [];
  return fs
    .readdirSync(served, { recursive: true, encoding: "utf8" })
    .filter((name) => SOURCE.test(name))
    .map((name) => path.join(served, name))
    .filter((file) => fs.statSync(file).isFile());
}

/** Deletes them (next.config.ts runs this after every production compile); returns what it deleted. */
export function removeStaticSources(distDir: string): string[] {
  const removed = staticSources(distDir);
  for (const file of removed) fs.rmSync(file);
  return removed;
}
