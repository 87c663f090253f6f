import fs from "node:fs";
import path from "node:path";
import { describeSecret, findSecrets, type KnownSecret } from "../../tests/support/built-app/secrets";
import { staticSources } from "../lib/static-sources";

/** What the leak scan reads after the e2e run, by kind; `root` is the checkout, `distDir` the build folder. */
export type ScanTarget = { label: string; files: string[] };

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "cache") continue;
      yield* walk(p);
    } else yield p;
  }
}

export function scanTargets(root: string, distDir: string): ScanTarget[] {
  const artifacts = [...walk(path.join(root, "e2e", ".artifacts"))];
  return [
    { label: "server logs", files: artifacts.filter((f) => f.endsWith(".log")) },
    { label: "e2e databases", files: artifacts.filter((f) => /\.db(-wal|-journal)?$/.test(f)) },
    { label: "built app", files: [...walk(path.resolve(root, distDir))].filter((f) => /\.(js|html|json|rsc|body|txt|map)$/.test(f)) },
  ];
}

/**
 * Reads every target file (as latin1, so binary database pages are searched byte for byte) and lists
 * each secret found, by label only: a finding never prints the secret itself.
 */
export function scanForLeaks(targets: ScanTarget[], secrets: KnownSecret[]): { checks: number; findings: string[] } {
  const values = secrets.map((secret) => secret.value);
  const findings: string[] = [];
  let checks = 0;
  for (const { label, files } of targets) {
    if (files.length === 0) {
      findings.push(`${label}: nothing to scan (expected files from the e2e run)`);
      continue;
    }
    for (const file of files) {
      checks++;
      const text = fs.readFileSync(file).toString("latin1");
      for (const s of findSecrets(text, values)) findings.push(`${label}: ${describeSecret(s, secrets)} in ${file}`);
    }
  }
  return { checks, findings };
}

/** Source files the build would serve under /_next/static (next.config.ts deletes them; this proves it did). */
export function servedSources(root: string, distDir: string): string[] {
  return staticSources(path.resolve(root, distDir)).map((file) => `built app: TypeScript source served from ${file}`);
}
