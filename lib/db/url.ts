import path from "node:path";

export type DatabaseKind = "sqlite" | "postgres";

/** The embedded default: a SQLite file under ./data, created on first start. */
export const DEFAULT_SQLITE_FILE = path.join("data", "recruspace-admin.db");

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (url) return normalizeSqliteUrl(url);
  return `file:${path.resolve(DEFAULT_SQLITE_FILE)}`;
}

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)");
}

/** Relative SQLite paths are taken from the working directory, never from the schema folder. */
function normalizeSqliteUrl(url: string): string {
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  return `file:${path.resolve(file)}`;
}

export function sqliteFilePath(url: string): string {
  return url.slice("file:".length);
}
