// Applies pending migrations to the database DATABASE_URL names (SQLite by default), creating the
// SQLite file and its folder on first start. Uses `prisma migrate deploy`, never `migrate dev`, and only
// when a migration is pending (scripts/lib/pending-migrations.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from "../lib/db/url";
import { hasPendingMigrations } from "./lib/pending-migrations";
import { withoutAdapterUrlNotice } from "./lib/prisma-notice";

const url = resolveDatabaseUrl();
if (databaseKind(url) === "sqlite") fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
const folder = databaseKind(url) === "postgres" ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations");
// Most starts have nothing to apply: then the CLI (seconds) is not run.
if (!(await hasPendingMigrations(url, folder))) {
  console.log("Database schema is up to date.");
  process.exit(0);
}
try {
  const output = execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  process.stdout.write(withoutAdapterUrlNotice(output));
} catch (error) {
  // A failed deploy's own words (which migration, why) are on its stdout: show them, then fail.
  process.stdout.write(withoutAdapterUrlNotice(String((error as { stdout?: string }).stdout ?? "")));
  process.exit(1);
}
