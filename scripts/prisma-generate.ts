// Generates both Prisma clients (SQLite and PostgreSQL) from the one schema in prisma/schema.prisma.
// The CLI needs a provider-valid DATABASE_URL even for `generate`, or it tries to download an engine.
import { execFileSync } from "node:child_process";
import { writePostgresSchema } from "./lib/postgres-schema";

writePostgresSchema();
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const url of ["file:./data/generate.db", "postgresql://generate:generate@localhost:5432/generate"]) {
  execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...env, DATABASE_URL: url } });
}
