// After the e2e run: no raw Recruspace key, no master key (in any of its written forms) and no
// AUTH_SECRET may appear in any server log line, in the built JS/HTML, or in the e2e database files;
// nor may the build serve a TypeScript source under <distDir>/static.
// Writes a JSON report for the summary.
import fs from "node:fs";
import path from "node:path";
import { labelledSecrets } from "../../tests/support/built-app/secrets";
import { scanForLeaks, scanTargets, servedSources } from "./leak-scan-core";

const reportArg = process.argv.indexOf("--report");
const reportPath = reportArg > 0 ? process.argv[reportArg + 1] : undefined;
const distDir = process.env.NEXT_DIST_DIR || ".next";
const secrets = labelledSecrets();

const scanned = scanForLeaks(scanTargets(process.cwd(), distDir), secrets);
const { checks } = scanned;
const findings = [...scanned.findings, ...servedSources(process.cwd(), distDir)];

for (const f of findings) console.error(`LEAK: ${f}`);
console.log(`leak scan: ${checks} files checked for ${secrets.length} secrets, ${findings.length} problems`);
if (reportPath) {
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  fs.writeFileSync(reportPath, JSON.stringify({ passed: findings.length === 0 ? 1 : 0, failed: findings.length === 0 ? 0 : 1, findings }, null, 2));
}
process.exit(findings.length === 0 ? 0 : 1);
