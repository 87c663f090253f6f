import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from "./url";

/**
 * Both generated clients come from one schema, so they share one API; the SQLite client's type
 * stands for both.
 */
export type Db = SqliteClient;

export function createPrismaClient(url = resolveDatabaseUrl()): Db {
  if (databaseKind(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url) }) });
}
