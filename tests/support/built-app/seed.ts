import { execFileSync } from "node:child_process";
import path from "node:path";
import { SANDBOX_DEMO_KEY } from "../../../sandbox/seed-data";
import { e2eEnv } from "./env";

export type SeedPerson = { email: string; password: string; name: string };
export type SeededWorkspace = {
  tenantId: string;
  tenantName: string;
  admin: SeedPerson & { id: string };
  member: SeedPerson & { id: string };
  /** The vault's active key record, when the workspace was seeded with one. */
  apiKeyId: string | null;
  /** A pending invite, when seeded with `invite: true`. */
  inviteId: string | null;
};

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/**
 * A fresh tenant with one admin and one member in the e2e database. By default its vault holds the
 * sandbox demo key for the e2e sandbox; pass `apiKey: null` for a workspace without a key. A run with
 * its own sandbox and database passes `sandboxURL` and the `serverEnv` its app runs with. `member`
 * (another workspace's seeded member) makes that person the member here too: one user, two workspaces.
 */
export function seedWorkspace(
  options: { apiKey?: string | null; invite?: boolean; sandboxURL?: string; serverEnv?: NodeJS.ProcessEnv; member?: SeedPerson } = {},
): SeededWorkspace {
  const env = e2eEnv();
  const apiKey = options.apiKey === undefined ? SANDBOX_DEMO_KEY : options.apiKey;
  const baseUrl = options.sandboxURL ?? env.sandboxURL;
  const output = execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/seed-e2e.ts", JSON.stringify({ apiKey, baseUrl, invite: options.invite ?? false, member: options.member })],
    { cwd: root, env: { ...process.env, ...(options.serverEnv ?? env.serverEnv), NODE_ENV: "test" }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const lastLine = output.trim().split("\n").pop() ?? "";
  return JSON.parse(lastLine) as SeededWorkspace;
}
