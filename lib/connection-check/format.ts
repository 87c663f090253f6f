import type { ConnectionReport, FieldFinding } from "./run";

const ISSUE_WORDS: Record<FieldFinding["issue"], string> = {
  missing: "missing",
  null: "null",
  unexpected_kind: "of another kind",
  unknown_value: "an unknown value",
  item_dropped: "items left out (required field missing)",
  extra: "extra (not in the contract)",
};

export function describeFinding(finding: FieldFinding): string {
  const got = finding.issue === "unexpected_kind" || finding.issue === "item_dropped" ? ` (got ${finding.observed})` : "";
  return `${finding.path || "(the whole answer)"}: ${ISSUE_WORDS[finding.issue]}${got}; ${finding.origin === "unnamed" ? "not named" : finding.origin}`;
}

/** The report as plain text for a support request: endpoints, statuses, times and field paths — never a value. */
export function formatConnectionReport(report: ConnectionReport, heading = "Recruspace connection check"): string {
  const lines = [`${heading} — ${report.startedAt} — ${report.calls} calls`];
  for (const endpoint of report.endpoints) {
    const status = endpoint.outcome === "skipped" ? `skipped: ${endpoint.reason}` : `${endpoint.status ?? "no answer"}${endpoint.ms === null ? "" : `, ${endpoint.ms} ms`}`;
    lines.push(`- ${endpoint.label} (${endpoint.operation}): ${status}${endpoint.problem ? ` — ${endpoint.problem}` : ""}`);
    for (const finding of endpoint.fields) lines.push(`    ${describeFinding(finding)}`);
    if (endpoint.outcome === "ok" && endpoint.fields.length === 0) lines.push("    every field as the contract expects");
  }
  return lines.join("\n");
}
