import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { SANDBOX_DEMO_KEY } from "../../sandbox/seed-data";
import { e2eEnv } from "../../tests/support/built-app/env";

/** Helpers for the add-candidate, apply and quick-add specs: sandbox control and real file drops. */
const env = e2eEnv();

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${randomUUID().slice(0, 8)}@e2e-candidates.example`;
}

export async function sandboxApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${env.sandboxURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return (response.status === 204 ? null : await response.json()) as T;
}

export async function sandboxFault(rule: Record<string, unknown>): Promise<void> {
  await sandboxApi("POST", "/__sandbox/faults", rule);
}

export async function clearFaults(): Promise<void> {
  await sandboxApi("DELETE", "/__sandbox/faults");
}

export type SandboxCandidate = { id: number; email: string; talent_pool_ids: number[]; job_post: string | null };

export async function candidatesWithEmail(email: string): Promise<SandboxCandidate[]> {
  return sandboxApi("GET", `/__sandbox/candidates?key=${encodeURIComponent(SANDBOX_DEMO_KEY)}&email=${encodeURIComponent(email)}`);
}

export async function talentPools(): Promise<{ id: number; name: string }[]> {
  return sandboxApi("GET", "/api/v1/client/talent-pools/");
}

/** Adds a candidate straight through the sandbox API (setup for duplicate tests). */
export async function addCandidateDirectly(email: string, poolId: number, name = { first: "Existing", last: "Person" }) {
  return sandboxApi<{ id: number }>("POST", "/api/v1/client/candidates/manual-add/", {
    email,
    first_name: name.first,
    last_name: name.last,
    talent_pool_id: poolId,
  });
}

/**
 * Drops a file on an element with real dragenter/dragover/drop events carrying a DataTransfer built
 * in the page. `padTo` grows the file (zero bytes after `bytes`) without shipping megabytes over CDP.
 */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; bytes: number[]; padTo?: number }) {
  // The drop zone marks itself ready once React has attached its listeners.
  await page.locator(`${selector}[data-ready]`).waitFor();
  const dataTransfer = await page.evaluateHandle(({ name, type, bytes, padTo }) => {
    const content = new Uint8Array(Math.max(bytes.length, padTo ?? 0));
    content.set(bytes);
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type }));
    return transfer;
  }, file);
  for (const type of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent(selector, type, { dataTransfer });
  }
}
