import { SANDBOX_KEYS } from "./seed-data";
import { startSandbox } from "./server";

/** `npm run sandbox`: the Recruspace sandbox on SANDBOX_PORT (default 4010). */
const numberFromEnv = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
};

/** Digits are a number seed, anything else a string seed ("42" and 42 drift the same way). */
const driftSeedFromEnv = () => {
  const raw = process.env.SANDBOX_DRIFT?.trim();
  if (!raw) return null;
  return /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
};

const drift = driftSeedFromEnv();
const sandbox = await startSandbox({
  port: numberFromEnv("SANDBOX_PORT", 4010),
  host: process.env.SANDBOX_HOST || "127.0.0.1",
  rateLimitPerMinute: numberFromEnv("SANDBOX_RATE_LIMIT_PER_MINUTE", 100),
  latencyMs: numberFromEnv("SANDBOX_LATENCY_MS", 0),
  persistFile: process.env.SANDBOX_PERSIST_FILE || undefined,
  drift,
});

console.log(`Recruspace sandbox listening on ${sandbox.url}`);
console.log("Seeded API keys (sandbox only):");
for (const [company, key] of Object.entries(SANDBOX_KEYS)) console.log(`  ${company.padEnd(8)} ${key}`);
console.log(
  drift === null
    ? "Drift mode: off (SANDBOX_DRIFT=<seed> perturbs every inferred field of successful answers)"
    : `Drift mode: seed ${JSON.stringify(drift)} (SANDBOX_DRIFT); GET /__sandbox/drift lists what changed, POST /__sandbox/drift {"seed":…|null} switches`,
);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
