// After the e2e run: no raw Recruspace key may appear in any server log line, in the built JS/HTML,
// or in the e2e database files outside their ciphertext. Writes a JSON report for the summary.
import fs from "node:fs";
import path from "node:path";
import { describeSecret, findSecrets, knownSecrets } from "../../tests/support/built-app/secrets";

const reportArg = process.argv.indexOf("--report");
const reportPath = reportArg > 0 ? process.argv[reportArg + 1] : undefined;
const distDir = process.env.NEXT_DIST_DIR || ".next";
const secrets = knownSecrets();

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

const targets: { label: string; files: string[] }[] = [
  { label: "server logs", files: [...walk("e2e/.artifacts")].filter((f) => f.endsWith(".log")) },
  { label: "e2e databases", files: [...walk("e2e/.artifacts")].filter((f) => /\.db(-wal|-journal)?$/.test(f)) },
  { label: "built app", files: [...walk(distDir)].filter((f) => /\.(js|html|json|rsc|body|txt|map)$/.test(f)) },
];

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
    for (const s of findSecrets(text, secrets)) findings.push(`${label}: ${describeSecret(s)} in ${file}`);
  }
}

for (const f of findings) console.error(`LEAK: ${f}`);
console.log(`leak scan: ${checks} files checked for ${secrets.length} keys, ${findings.length} problems`);
if (reportPath) {
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  fs.writeFileSync(reportPath, JSON.stringify({ passed: findings.length === 0 ? 1 : 0, failed: findings.length === 0 ? 0 : 1, findings }, null, 2));
}
process.exit(findings.length === 0 ? 0 : 1);
