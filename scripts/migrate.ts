// Applies pending migrations to the database DATABASE_URL names (SQLite by default), creating the
// SQLite file and its folder on first start. Uses `prisma migrate deploy`, never `migrate dev`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from "../lib/db/url";

const url = resolveDatabaseUrl();
if (databaseKind(url) === "sqlite") fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
execFileSync("npx", ["prisma", "migrate", "deploy"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
