import { describe, expect, it } from "vitest";
import { withoutAdapterUrlNotice } from "./prisma-notice";

// The CLI's stdout of a `migrate deploy` as Prisma 6.19.3 prints it (copied from a run).
const deployOutput = [
  "Prisma schema loaded from prisma/schema.prisma",
  'Datasource "db": SQLite database "t.db" using driver adapter "@prisma/adapter-better-sqlite3"',
  "",
  "WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:",
  "- url",
  "",
  "The values from your schema will NOT be used!",
  "",
  "We recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters.",
  "",
  "6 migrations found in prisma/migrations",
  "",
].join("\n");

describe("withoutAdapterUrlNotice", () => {
  it("removes the driver-adapter url notice and keeps every other line", () => {
    const shown = withoutAdapterUrlNotice(deployOutput);
    expect(shown).not.toMatch(/WARNING|NOT be used|We recommend/);
    expect(shown).toContain('using driver adapter "@prisma/adapter-better-sqlite3"');
    expect(shown).toContain("6 migrations found in prisma/migrations");
  });

  it("keeps a warning it does not know", () => {
    const other = "WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:\n- url\n\nSomething else.\n";
    expect(withoutAdapterUrlNotice(other)).toBe(other);
  });
});
