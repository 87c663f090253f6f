import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record";
import { createRecruspaceClient, type RecruspaceClient } from "@/lib/recruspace/client";
import { findActiveKey } from "@/lib/vault/api-keys";
import { addKey, replaceKey } from "@/lib/vault/admin";
import { startSandbox, type Sandbox } from "@/sandbox/server";

export type WorkspaceActor = Actor & { ip: string };

/** A fresh workspace with one admin named `name` (plus a suffix), as the acting user of domain functions. */
export async function sandboxWorkspace(name: string): Promise<WorkspaceActor> {
  const suffix = randomUUID().slice(0, 8);
  const tenant = await db().tenant.create({ data: { name: `${name}'s workspace ${suffix}` } });
  const user = await db().user.create({ data: { email: `${name.toLowerCase()}-${suffix}@it.test`, name: `${name} ${suffix}`, passwordHash: "x" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "admin" } });
  return { tenantId: tenant.id, userId: user.id, userEmail: user.email, userName: user.name, ip: "203.0.113.20" };
}

/** Connects the workspace to a sandbox company with a fresh key (added, or replacing the active one, as an admin does). */
export async function connectToCompany(sandbox: Sandbox, actor: WorkspaceActor, company: "acme" | "globex"): Promise<RecruspaceClient> {
  const apiKey = sandbox.addKey(company)!;
  const active = await findActiveKey(db(), actor.tenantId);
  const input = { label: `${company} key`, baseUrl: sandbox.url, apiKey };
  if (active) await replaceKey(actor, { ...input, keyId: active.id });
  else await addKey(actor, input);
  return createRecruspaceClient({ baseUrl: sandbox.url, apiKey, limiterKey: `it-${randomUUID()}`, rateLimitPerMinute: 10_000 });
}

/**
 * Starts a sandbox for the file's tests (no rate limit to speak of) with a master key and the sandbox's
 * URL allowed, and puts the environment back afterwards. Read `.current` inside tests.
 */
export function useSandbox(): { current: Sandbox } {
  const saved = { ...process.env };
  const holder = {} as { current: Sandbox };
  beforeAll(async () => {
    holder.current = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
    process.env.RECRUSPACE_ALLOWED_BASE_URLS = holder.current.url;
    process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
    process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  });
  afterAll(async () => {
    process.env = saved;
    await holder.current?.close();
  });
  return holder;
}
