import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { register } from "../../instrumentation";

const saved = { ...process.env };
// A usable session secret, so these tests reach the vault check (the secret check runs first).
beforeEach(() => {
  process.env.AUTH_SECRET = "startup-test-secret-0123456789abcdef0123";
});
afterEach(() => {
  process.env = { ...saved };
  vi.restoreAllMocks();
});

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** Runs the real Next.js startup hook and reports whether it stopped the process and what it printed. */
async function boot() {
  const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
  const errors: string[] = [];
  const logs: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logs.push(args.join(" ")));
  await register();
  return { exited: exit.mock.calls.length > 0 ? exit.mock.calls[0]![0] : null, errors: errors.join("\n"), logs: logs.join("\n") };
}

describe("instrumentation register()", () => {
  it("stops a production server without master keys and says how to make one", async () => {
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: undefined, RECRUSPACE_DEMO: undefined, NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBe(1);
    expect(result.errors).toMatch(/cannot start.*npm run keys:generate/s);
  });

  it("stops a production server whose master key is malformed, without printing it", async () => {
    const short = randomBytes(20).toString("base64");
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: `k1:${short}`, RECRUSPACE_MASTER_KEY_ID: "k1", NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBe(1);
    expect(result.errors).toMatch(/32 bytes/);
    expect(result.errors).not.toContain(short);
  });

  it("starts with a valid key and logs only its id", async () => {
    const key = randomBytes(32).toString("base64");
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: `prod1:${key}`, RECRUSPACE_MASTER_KEY_ID: "prod1", NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBeNull();
    expect(result.logs).toMatch(/current id "prod1"/);
    expect(result.logs).not.toContain(key);
  });

  it("stops a server whose master key list is inconsistent, and says the order rule", async () => {
    const [older, newer] = [randomBytes(32).toString("base64"), randomBytes(32).toString("base64")];
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: `k1767225600:${newer},k1735689600:${older}`, RECRUSPACE_MASTER_KEY_ID: "k1767225600", NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBe(1);
    expect(result.errors).toMatch(/cannot start: RECRUSPACE_MASTER_KEYS lists "k1767225600".*before "k1735689600".*oldest → newest/s);
    expect(result.errors).not.toContain(newer);
  });

  it("logs the key order and the keys that only decrypt while a new key is rolled in", async () => {
    const [a, b] = [randomBytes(32).toString("base64"), randomBytes(32).toString("base64")];
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: `old:${a},next:${b}`, RECRUSPACE_MASTER_KEY_ID: "old", NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBeNull();
    expect(result.logs).toMatch(/oldest → newest: old, next\); current id "old"; decrypt only, newer than the current key: "next"/);
  });

  it("stops a production server without AUTH_SECRET before anything else, and says how to make one", async () => {
    const key = randomBytes(32).toString("base64");
    setEnv({ NEXT_RUNTIME: "nodejs", NODE_ENV: "production", AUTH_SECRET: undefined, RECRUSPACE_MASTER_KEYS: `prod1:${key}`, NEXT_PHASE: undefined });
    const result = await boot();
    expect(result.exited).toBe(1);
    expect(result.errors).toMatch(/cannot start: AUTH_SECRET is not set.*openssl rand/s);
    expect(result.logs).not.toMatch(/vault:/);
  });

  it("does nothing in the edge runtime or while `next build` collects pages", async () => {
    setEnv({ NEXT_RUNTIME: "edge", NODE_ENV: "production", RECRUSPACE_MASTER_KEYS: undefined });
    expect((await boot()).exited).toBeNull();
    setEnv({ NEXT_RUNTIME: "nodejs", NEXT_PHASE: "phase-production-build" });
    expect((await boot()).exited).toBeNull();
  });
});
