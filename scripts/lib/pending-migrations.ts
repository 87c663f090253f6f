// Whether `prisma migrate deploy` has anything to do. Running the CLI costs seconds on every start and
// prints Prisma 6.19's "values from your schema will NOT be used" warning each time (the schema keeps
// `url` because the offline CLI needs it to read the generator; see prisma/schema.prisma), so
// scripts/migrate.ts runs it only when a migration is new, changed or unfinished.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, sqliteFilePath } from "../../lib/db/url";

type Applied = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

/** The migrations folder's migrations with the sha256 of their SQL, as Prisma records it. */
export function migrationsOnDisk(folder: string): { name: string; checksum: string }[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => ({ name: entry.name, checksum: createHash("sha256").update(fs.readFileSync(path.join(folder, entry.name, "migration.sql"))).digest("hex") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** True unless every migration on disk is recorded as applied, finished, not rolled back and unchanged. */
export function needsMigrate(onDisk: { name: string; checksum: string }[], applied: Applied[]): boolean {
  const done = new Map(applied.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]));
  if (applied.some((row) => !row.finished_at && !row.rolled_back_at)) return true;
  return onDisk.some((migration) => done.get(migration.name) !== migration.checksum);
}

/** Reads `_prisma_migrations`; a database or table that does not exist yet means there is work to do. */
export async function hasPendingMigrations(url: string, folder: string): Promise<boolean> {
  const onDisk = migrationsOnDisk(folder);
  const query = `SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations`;
  try {
    if (databaseKind(url) === "sqlite") {
      const file = sqliteFilePath(url);
      if (!fs.existsSync(file)) return true;
      const { default: Database } = await import("better-sqlite3");
      const sqlite = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return needsMigrate(onDisk, sqlite.prepare(query).all() as Applied[]);
      } finally {
        sqlite.close();
      }
    }
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return needsMigrate(onDisk, (await client.query<Applied>(query)).rows);
    } finally {
      await client.end();
    }
  } catch {
    // No table yet, or the database cannot be read here: let Prisma do it and say what is wrong.
    return true;
  }
}
