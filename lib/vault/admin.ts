import "server-only";
import { invalidateTenant } from "@/lib/list-cache/store";
import { keyBudgetFor } from "@/lib/tenancy/key-budget";
import { db } from "@/lib/db";
import { recordActorAudit, type Actor } from "@/lib/audit/record";
import { allowedBaseUrl, readEnv } from "@/lib/config/env";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { ActiveKeyExistsError, findActiveKey, insertApiKey, KEY_STATUS, lastFour } from "./api-keys";
import { lockTenant } from "@/lib/db/tenant-lock";
import { getActiveKeyForUse } from "./use";
import { runConnectionCheck, type ConnectionReport } from "@/lib/connection-check/run";
import { forgetDrift } from "@/lib/recruspace/drift-log";
import { refusalReason, verifyWithRecruspace } from "./verify";
import { carryIndexOver } from "@/lib/candidate-index/carry-over";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";

/**
 * The admin flows behind Settings → API keys. Every new key is verified against Recruspace before
 * anything is stored; every outcome is audited with actor, tenant, key record id and last 4 only.
 */

/** The admin acting, in their workspace: every ActionContext is one. */
type Scope = Actor;
export type KeyInput = { label: string; baseUrl: string; apiKey: string };

const NOTHING_SAVED = "Nothing was saved.";

function requireAllowedBaseUrl(input: string): string {
  const baseUrl = allowedBaseUrl(input);
  if (baseUrl) return baseUrl;
  const allowed = readEnv().recruspaceAllowedBaseUrls.join(", ");
  throw new UserFacingError("validation", "This base URL is not allowed on this server.", {
    baseUrl: [`Use one of the allowed base URLs: ${allowed}.`],
  });
}

function audit(scope: Scope, action: Parameters<typeof recordActorAudit>[1]["action"], keyId: string | undefined, metadata: Record<string, string>) {
  return recordActorAudit(scope, { action, targetType: "api_key", targetId: keyId, metadata });
}

async function verifyNewKey(scope: Scope, baseUrl: string, apiKey: string): Promise<void> {
  try {
    await verifyWithRecruspace({ baseUrl, apiKey, limiterKey: `verify:${scope.tenantId}`, afterwards: NOTHING_SAVED });
  } catch (error) {
    await audit(scope, "api_key.verify_failed", undefined, { last4: lastFour(apiKey), reason: refusalReason((error as Error).cause ?? error), stage: "new_key" });
    throw error;
  }
}

const activeKeyExists = () =>
  new UserFacingError("conflict", "This workspace already has an active key. Use Replace to swap it for a new one.");

export async function addKey(scope: Scope, input: KeyInput): Promise<{ id: string; last4: string }> {
  const baseUrl = requireAllowedBaseUrl(input.baseUrl);
  const apiKey = input.apiKey.trim();
  if (await findActiveKey(db(), scope.tenantId)) throw activeKeyExists();
  await verifyNewKey(scope, baseUrl, apiKey);
  const row = await db()
    .$transaction(async (tx) => {
      const created = await insertApiKey(tx, { tenantId: scope.tenantId, label: input.label, baseUrl, apiKey, createdById: scope.userId });
      return tx.apiKey.update({ where: { id: created.id }, data: { lastVerifiedAt: new Date() } });
    })
    .catch((error: unknown) => {
      throw error instanceof ActiveKeyExistsError ? activeKeyExists() : error;
    });
  await audit(scope, "api_key.added", row.id, { last4: row.last4, baseUrl });
  forgetAccount(scope.tenantId);
  return { id: row.id, last4: row.last4 };
}

const noLongerActive = () =>
  new UserFacingError("not_found", "That key is no longer the active key. Refresh the page to see the current state.");

/**
 * Verifies the new key, then revokes the old active key and stores the new one in one transaction. The
 * people search is kept when the new key reads the same account (lib/candidate-index/carry-over.ts).
 */
export async function replaceKey(scope: Scope, input: KeyInput & { keyId: string }): Promise<{ id: string; last4: string; peopleKept: number; peopleDropped: number }> {
  const baseUrl = requireAllowedBaseUrl(input.baseUrl);
  const apiKey = input.apiKey.trim();
  const current = await findActiveKey(db(), scope.tenantId);
  if (!current || current.id !== input.keyId) throw noLongerActive();
  await verifyNewKey(scope, baseUrl, apiKey);
  const now = new Date();
  const row = await db().$transaction(async (tx) => {
    await lockTenant(tx, scope.tenantId);
    const revoked = await tx.apiKey.updateMany({
      where: { id: input.keyId, tenantId: scope.tenantId, status: KEY_STATUS.active },
      data: { status: KEY_STATUS.revoked, revokedAt: now, revokedById: scope.userId },
    });
    if (revoked.count !== 1) throw noLongerActive();
    const created = await insertApiKey(tx, { tenantId: scope.tenantId, label: input.label, baseUrl, apiKey, createdById: scope.userId });
    return tx.apiKey.update({ where: { id: created.id }, data: { lastVerifiedAt: now } });
  });
  forgetAccount(scope.tenantId);
  const search = await carryIndexOver(db(), () => recruspaceForTenant(scope.tenantId), { tenantId: scope.tenantId, fromKeyId: current.id, toKeyId: row.id });
  await audit(scope, "api_key.replaced", row.id, {
    last4: row.last4,
    baseUrl,
    replacedKeyId: current.id,
    replacedLast4: current.last4,
    peopleKept: String(search.kept),
  });
  return { id: row.id, last4: row.last4, peopleKept: search.kept, peopleDropped: search.dropped };
}

export async function revokeKey(scope: Scope, keyId: string): Promise<void> {
  const row = await db().apiKey.findFirst({ where: { id: keyId, tenantId: scope.tenantId }, select: { last4: true } });
  const { count } = await db().apiKey.updateMany({
    where: { id: keyId, tenantId: scope.tenantId, status: KEY_STATUS.active },
    data: { status: KEY_STATUS.revoked, revokedAt: new Date(), revokedById: scope.userId },
  });
  if (count !== 1 || !row) throw noLongerActive();
  await audit(scope, "api_key.revoked", keyId, { last4: row.last4 });
  forgetAccount(scope.tenantId);
}

/** Re-checks the stored active key against Recruspace and records when that last succeeded. */
export async function verifyKey(scope: Scope, keyId: string): Promise<{ verifiedAt: string }> {
  const key = await getActiveKeyForUse(scope.tenantId);
  if (key.recordId !== keyId) throw noLongerActive();
  const last4 = lastFour(key.apiKey);
  try {
    await verifyWithRecruspace({ baseUrl: key.baseUrl, apiKey: key.apiKey, limiterKey: key.recordId, afterwards: "The key was left unchanged." });
  } catch (error) {
    await audit(scope, "api_key.verify_failed", keyId, { last4, reason: refusalReason((error as Error).cause ?? error), stage: "stored_key" });
    throw error;
  }
  const verifiedAt = new Date();
  await db().apiKey.update({ where: { id: keyId }, data: { lastVerifiedAt: verifiedAt } });
  await audit(scope, "api_key.verified", keyId, { last4 });
  return { verifiedAt: verifiedAt.toISOString() };
}

/** Cached lists and the differences seen came from the account behind the old key: the next view asks again. */
function forgetAccount(tenantId: string): void {
  invalidateTenant(tenantId);
  forgetDrift(tenantId);
}

/**
 * The connection check with the workspace's stored key: a read-only tour of about nine calls from
 * the key's own budget (lib/connection-check). Audited with the counts only.
 */
export async function checkConnection(scope: Scope): Promise<ConnectionReport> {
  const key = await getActiveKeyForUse(scope.tenantId);
  const env = readEnv();
  const report = await runConnectionCheck({
    baseUrl: key.baseUrl,
    apiKey: key.apiKey,
    limiterKey: key.recordId,
    timeoutMs: env.RECRUSPACE_TIMEOUT_MS,
    rateLimitPerMinute: env.RECRUSPACE_RATE_LIMIT_PER_MINUTE,
    budget: keyBudgetFor(key.recordId, env.RECRUSPACE_RATE_LIMIT_PER_MINUTE),
  });
  const differences = report.endpoints.reduce((sum, endpoint) => sum + endpoint.fields.length, 0);
  const failed = report.endpoints.filter((endpoint) => endpoint.outcome === "failed").length;
  await audit(scope, "api_key.connection_checked", key.recordId, { calls: String(report.calls), differences: String(differences), failed: String(failed) });
  return report;
}
