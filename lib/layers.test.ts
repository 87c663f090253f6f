import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house runs downhill: app/ → components/ → lib/ → Prisma. Nothing in lib/ imports app/ or
 * components/, and lib's shared ground (errors, config, db) imports nothing else of lib.
 */
const root = path.resolve(import.meta.dirname, "..");
const GROUND = ["lib/errors", "lib/config", "lib/db"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every module a file imports, as a repository path ("lib/errors/result"), or a package name. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(([, spec]) => {
    if (spec!.startsWith("@/")) return spec!.slice(2);
    if (spec!.startsWith(".")) return path.normalize(path.join(path.dirname(file), spec!));
    return spec!;
  });
}

describe("layers", () => {
  it("lib/ never imports app/ or components/", () => {
    const upward = sourceFiles("lib").flatMap((file) => importsOf(file).filter((target) => /^(app|components)\//.test(target)).map((target) => `${file} → ${target}`));
    expect(upward).toEqual([]);
  });

  it("components/ never import app/ (pages pass server actions down as props)", () => {
    const upward = sourceFiles("components").flatMap((file) => importsOf(file).filter((target) => target.startsWith("app/")).map((target) => `${file} → ${target}`));
    expect(upward).toEqual([]);
  });

  it("the shared ground of lib/ imports nothing else of lib/", () => {
    const outward = GROUND.flatMap((ground) =>
      sourceFiles(ground).flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("lib/") && !target.startsWith(`${ground}/`))
          .map((target) => `${file} → ${target}`),
      ),
    );
    expect(outward).toEqual([]);
  });
});
