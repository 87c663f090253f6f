import { e2eEnv } from "./env";

export type AuditRow = { action: string; tenantId: string | null; actorEmail: string | null; targetId: string | null; metadata: string | null };

/** Audit events straight from the e2e database (SQLite file; the spec runs beside the server). */
export async function auditEvents(tenantId: string, action: string): Promise<AuditRow[]> {
  const url = e2eEnv().serverEnv.DATABASE_URL!;
  if (!url.startsWith("file:")) throw new Error("auditEvents reads the SQLite e2e database only");
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
  try {
    return database
      .prepare("SELECT action, tenantId, actorEmail, targetId, metadata FROM AuditEvent WHERE tenantId = ? AND action = ? ORDER BY createdAt")
      .all(tenantId, action) as AuditRow[];
  } finally {
    database.close();
  }
}
