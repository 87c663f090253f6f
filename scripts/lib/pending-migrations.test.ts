import { describe, expect, it } from "vitest";
import { needsMigrate } from "./pending-migrations";

const disk = [
  { name: "1_init", checksum: "a" },
  { name: "2_more", checksum: "b" },
];
const row = (migration_name: string, checksum: string, extra: Partial<{ finished_at: unknown; rolled_back_at: unknown }> = {}) => ({
  migration_name,
  checksum,
  finished_at: "2026-12-01",
  rolled_back_at: null,
  ...extra,
});

describe("needsMigrate", () => {
  it("skips the CLI only when every migration is applied, finished and unchanged", () => {
    expect(needsMigrate(disk, [row("1_init", "a"), row("2_more", "b")])).toBe(false);
  });

  it("runs it for a new, changed, unfinished or rolled-back migration", () => {
    expect(needsMigrate(disk, [row("1_init", "a")])).toBe(true);
    expect(needsMigrate(disk, [row("1_init", "a"), row("2_more", "changed")])).toBe(true);
    expect(needsMigrate(disk, [row("1_init", "a"), row("2_more", "b", { finished_at: null })])).toBe(true);
    expect(needsMigrate(disk, [row("1_init", "a"), row("2_more", "b", { rolled_back_at: "2026-12-01" })])).toBe(true);
    expect(needsMigrate(disk, [])).toBe(true);
  });
});
