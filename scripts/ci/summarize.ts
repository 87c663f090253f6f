// Adds up the JSON reports of every suite, prints one line per suite and the closing
// "Tests: N passed, N failed" line, and exits non-zero when anything failed or a report is missing.
import fs from "node:fs";
import path from "node:path";

type Counts = { passed: number; failed: number; skipped: number };
/** The few fields read from each report; a field a report lacks counts as 0. */
type Report = {
  numPassedTests?: number;
  numFailedTests?: number;
  numFailedTestSuites?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  stats?: { expected?: number; flaky?: number; unexpected?: number; skipped?: number };
  errors?: unknown[];
  passed?: number;
  failed?: number;
};
const dir = process.argv[2] ?? ".tmp/reports";
const suites: [string, string, (json: Report) => Counts][] = [
  ["unit", "unit.json", vitestCounts],
  ["integration (SQLite)", "integration-sqlite.json", vitestCounts],
  ["integration (PostgreSQL)", "integration-postgres.json", vitestCounts],
  ["e2e (Playwright, desktop)", "e2e-desktop.json", playwrightCounts],
  ["e2e (Playwright, phone)", "e2e-phone.json", playwrightCounts],
  ["several instances on PostgreSQL", "e2e-multi-instance.json", playwrightCounts],
  ["key leak scan", "leak-scan.json", (j) => ({ passed: j.passed ?? 0, failed: j.failed ?? 0, skipped: 0 })],
];

function vitestCounts(json: Report): Counts {
  return { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0), skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0) };
}

function playwrightCounts(json: Report): Counts {
  const s = json.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (json.errors?.length ?? 0), skipped: s.skipped ?? 0 };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let missing = false;
for (const [name, file, read] of suites) {
  const p = path.join(dir, file);
  if (!fs.existsSync(p)) {
    console.log(`${name}: report missing (${p})`);
    missing = true;
    continue;
  }
  const counts = read(JSON.parse(fs.readFileSync(p, "utf8")));
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || missing || total.passed === 0 ? 1 : 0);
