// The connection check from a terminal, against any base URL and key: a read-only tour of about nine
// calls that reports which answer fields differ from the contract (paths only, never values).
// Usage: RECRUSPACE_API_KEY=… npm run -s connection-check -- --base-url https://api.recruspace.com [--json]
// The key is read from the environment so it never lands in the shell history or a process list.
import { formatConnectionReport } from "../lib/connection-check/format";
import { runConnectionCheck } from "../lib/connection-check/run";

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
const baseUrl = valueOf("--base-url") ?? process.env.RECRUSPACE_BASE_URL ?? "https://api.recruspace.com";
const apiKey = process.env.RECRUSPACE_API_KEY ?? "";
if (!apiKey) {
  console.error("Set RECRUSPACE_API_KEY to the key to check (it is read from the environment only).");
  process.exit(2);
}

const report = await runConnectionCheck({ baseUrl, apiKey });
console.log(args.includes("--json") ? JSON.stringify(report, null, 2) : formatConnectionReport(report, `Recruspace connection check of ${baseUrl}`));
const failed = report.endpoints.some((endpoint) => endpoint.outcome === "failed");
process.exit(failed ? 1 : 0);
