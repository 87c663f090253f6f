import { z } from "zod";
import type { Db } from "@/lib/db";
import { AUDIT_ACTIONS } from "./actions";

export const AUDIT_PAGE_SIZE = 25;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The audit page's URL filters; anything unreadable is ignored rather than failing the page. */
export const auditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditRow = {
  id: string;
  createdAt: string;
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown> | null;
  ip: string | null;
};

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return auditFilterSchema.parse({
    action: first(params.action),
    actor: first(params.actor),
    from: first(params.from),
    to: first(params.to),
    page: first(params.page),
  });
}

/** One page of this tenant's audit events, newest first. The tenant id is the only scope ever used. */
export async function listAuditEvents(
  database: Db,
  tenantId: string,
  filter: AuditFilter,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number }> {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00.000Z`);
  // "to" is inclusive: everything before the start of the next day (UTC).
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
  const where = {
    tenantId,
    ...(filter.action ? { action: filter.action } : {}),
    // Emails are stored lower-cased, so lower-casing the filter makes `contains` case-insensitive on both databases.
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const [total, events] = await Promise.all([
    database.auditEvent.count({ where }),
    database.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return {
    total,
    page: filter.page,
    pageSize,
    rows: events.map((event) => ({
      id: event.id,
      createdAt: event.createdAt.toISOString(),
      action: event.action,
      actorEmail: event.actorEmail,
      targetType: event.targetType,
      targetId: event.targetId,
      metadata: parseMetadata(event.metadata),
      ip: event.ip,
    })),
  };
}

function parseMetadata(value: string | null): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
