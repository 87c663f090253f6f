import "server-only";
import { createPrismaClient, type Db } from "./create-client";

export type { Db } from "./create-client";

const globalForDb = globalThis as unknown as { __recruspaceDb?: Db };

/**
 * The process-wide Prisma client, created on first use so `next build` never opens the database.
 * DATABASE_URL alone chooses SQLite (file:) or PostgreSQL (postgres://).
 */
export function db(): Db {
  globalForDb.__recruspaceDb ??= createPrismaClient();
  return globalForDb.__recruspaceDb;
}
