import { describe, expect, it } from "vitest";
import { filterEntries, PALETTE_ACTIONS, type PaletteEntry } from "./palette-entries";

const pools: PaletteEntry[] = [
  { id: "pool:1", label: "Backend engineers", href: "/talent-pools/1" },
  { id: "pool:2", label: "Équipe Données", detail: "12 candidates", href: "/talent-pools/2" },
  { id: "pool:3", label: "Designers", href: "/talent-pools/3" },
];

describe("filterEntries", () => {
  it("keeps everything for an empty query, up to the limit", () => {
    expect(filterEntries(pools, "  ")).toEqual(pools);
    expect(filterEntries(pools, "", 2).map((e) => e.id)).toEqual(["pool:1", "pool:2"]);
  });

  it("matches the beginning of words, every word of the query, case- and accent-insensitively", () => {
    expect(filterEntries(pools, "equipe").map((e) => e.id)).toEqual(["pool:2"]);
    expect(filterEntries(pools, "DON équ").map((e) => e.id)).toEqual(["pool:2"]);
    expect(filterEntries(pools, "eng back").map((e) => e.id)).toEqual(["pool:1"]);
    expect(filterEntries(pools, "ngineers")).toEqual([]);
    expect(filterEntries(pools, "backend designers")).toEqual([]);
  });

  it("searches the detail too", () => {
    expect(filterEntries(pools, "12 cand").map((e) => e.id)).toEqual(["pool:2"]);
  });

  it("finds the actions by their words", () => {
    expect(filterEntries(PALETTE_ACTIONS, "quick").map((e) => e.href)).toEqual(["/quick-add"]);
    expect(filterEntries(PALETTE_ACTIONS, "new pool").map((e) => e.href)).toEqual(["/talent-pools?new=pool"]);
    expect(filterEntries(PALETTE_ACTIONS, "add").map((e) => e.href)).toEqual(["/candidates/new", "/quick-add"]);
  });
});
