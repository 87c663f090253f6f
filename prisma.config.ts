import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseKind, resolveDatabaseUrl } from "./lib/db/url";
import { createMigrationAdapter } from "./lib/db/migration-adapter";

// Prisma 7's CLI needs a downloaded schema engine; 6.19 with a driver adapter runs offline.
// One config serves both providers: DATABASE_URL picks the schema, migrations and adapter.
const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;
const kind = databaseKind(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: kind === "postgres" ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    path: kind === "postgres" ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations"),
  },
  adapter: async () => createMigrationAdapter(url),
});
