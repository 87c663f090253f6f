import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Integration tests run against a real, freshly migrated database: a temporary SQLite file by
 * default, or the PostgreSQL database named by TEST_DATABASE_URL (CI runs the suite both ways).
 */
export default function setup() {
  const pgUrl = process.env.TEST_DATABASE_URL;
  let url: string;
  let cleanup = () => {};
  if (pgUrl) {
    url = pgUrl;
    resetPostgres(url);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "recruspace-it-"));
    url = `file:${path.join(dir, "test.db")}`;
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  }
  process.env.DATABASE_URL = url;
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
  return cleanup;
}

function resetPostgres(url: string) {
  execFileSync(
    "node",
    [
      "-e",
      `const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")).then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})`,
      url,
    ],
    { stdio: "inherit" },
  );
}
