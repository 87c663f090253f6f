// A second app instance for tests/integration/several-instances.test.ts: the same lib code as the app,
// in a process of its own on the same PostgreSQL database. Reads one JSON command per line on stdin,
// answers one JSON line on stdout. Run with `tsx --conditions=react-server` (lib code imports server-only).
import readline from "node:readline";
import { startCacheBroadcast } from "@/lib/list-cache/broadcast";
import { talentPools } from "@/lib/list-cache/lists";
import { RecruspaceError } from "@/lib/recruspace/errors";
import { clientSourceFor, recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { burst, burstClient, type BurstCommand } from "./burst";

type Command =
  | ({ cmd: "burst" } & BurstCommand)
  | { cmd: "pools"; tenantId: string }
  | { cmd: "candidate"; tenantId: string; id: number };

async function run(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case "burst":
      return burst(command, (sending) => burstClient(command, sending));
    case "pools":
      return (await talentPools(command.tenantId, clientSourceFor(command.tenantId))).items.map((pool) => pool.name);
    case "candidate":
      try {
        return { email: (await (await recruspaceForTenant(command.tenantId)).getCandidate(command.id)).email };
      } catch (error) {
        if (error instanceof RecruspaceError) return { error: error.kind };
        throw error;
      }
  }
}

await startCacheBroadcast();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
for await (const line of readline.createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command & { seq: number };
  try {
    process.stdout.write(`${JSON.stringify({ seq: command.seq, ok: true, value: await run(command) })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ seq: command.seq, ok: false, error: (error as Error).message })}\n`);
  }
}
