import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/context";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  action: AuditAction;
  tenantId?: string | null;
  actorUserId?: string | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  /** Another record of the target's type the event is also about (schema: AuditEvent.relatedTargetId). */
  relatedTargetId?: string;
  /** Small, non-secret facts (never a key, password or token). */
  metadata?: Record<string, string | number | boolean | null>;
  ip?: string | null;
};

/** Appends one event to the audit log. The app only ever inserts into AuditEvent. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  await db().auditEvent.create({
    data: {
      action: entry.action,
      tenantId: entry.tenantId ?? null,
      actorUserId: entry.actorUserId ?? null,
      actorEmail: entry.actorEmail ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      relatedTargetId: entry.relatedTargetId ?? null,
      metadata: entry.metadata ? JSON.stringify(entry.metadata) : null,
      ip: entry.ip ?? null,
    },
  });
}

/**
 * Who acted, in which workspace, and from where: the one actor type of every domain function that
 * records what a user did. Every ActionContext is one.
 */
export type Actor = Pick<TenantContext, "tenantId" | "userId" | "userEmail"> & { userName?: string; ip?: string | null };

/** recordAudit with the tenant, the actor and their IP taken from the acting user's context. */
export function recordActorAudit(actor: Actor, entry: Omit<AuditEntry, "tenantId" | "actorUserId" | "actorEmail" | "ip">): Promise<void> {
  return recordAudit({ ...entry, tenantId: actor.tenantId, actorUserId: actor.userId, actorEmail: actor.userEmail, ip: actor.ip ?? null });
}
