import { afterAll, beforeAll, beforeEach } from "vitest";
import { SANDBOX_KEYS } from "../../../sandbox/seed-data";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../../sandbox/server";

/**
 * Where the contract suite runs: against a real Recruspace account (read-only tests only) when
 * RECRUSPACE_CONTRACT_BASE_URL and RECRUSPACE_CONTRACT_API_KEY are set, otherwise against an
 * in-process sandbox. Mutating and sandbox-only tests use `describe.skipIf(LIVE)` / `it.skipIf(LIVE)`.
 */
export const LIVE = Boolean(process.env.RECRUSPACE_CONTRACT_BASE_URL && process.env.RECRUSPACE_CONTRACT_API_KEY);

export interface Target {
  baseUrl: string;
  apiKey: string;
  /** Only when running against the sandbox. */
  sandbox: Sandbox | null;
}

/** Starts a sandbox for the current file (or points at the live API); resets it before each test. */
export function useTarget(options: SandboxOptions = {}): Target {
  const target: Target = { baseUrl: "", apiKey: "", sandbox: null };
  beforeAll(async () => {
    if (LIVE) {
      target.baseUrl = process.env.RECRUSPACE_CONTRACT_BASE_URL!.replace(/\/+$/, "");
      target.apiKey = process.env.RECRUSPACE_CONTRACT_API_KEY!;
      return;
    }
    target.sandbox = await startSandbox({ rateLimitPerMinute: 100_000, ...options });
    target.baseUrl = target.sandbox.url;
    target.apiKey = SANDBOX_KEYS.acme;
  });
  beforeEach(() => target.sandbox?.reset());
  afterAll(async () => {
    await target.sandbox?.close();
  });
  return target;
}

export function sandboxOf(target: Target): Sandbox {
  if (!target.sandbox) throw new Error("sandbox-only test ran against the live API");
  return target.sandbox;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- contract tests probe answers of any shape and assert what they read
export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  method?: string;
  /** API key to send; null sends no Authorization header. Defaults to the target's key. */
  key?: string | null;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/** One plain fetch call (not the app's client), with the body parsed as JSON when it is JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function call<T = any>(target: Target, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? target.apiKey : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(path.startsWith("http") ? path : `${target.baseUrl}${path}`, { method: options.method ?? "GET", headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}
