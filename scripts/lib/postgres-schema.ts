import fs from "node:fs";
import path from "node:path";

const SOURCE = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

/** Derives the PostgreSQL schema from the SQLite one: only provider and client output differ. */
export function postgresSchemaText(source = fs.readFileSync(SOURCE, "utf8")): string {
  const out = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgres"')
    .replace(/^\/\/ The one source of truth[\s\S]*?never edit that copy by hand\.\n/m, "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.ts. Do not edit.\n");
  if (!out.includes('provider = "postgresql"') || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the lines scripts/lib/postgres-schema.ts rewrites");
  }
  return out;
}

export function writePostgresSchema(): void {
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaText());
}
