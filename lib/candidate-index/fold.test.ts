import { describe, expect, it } from "vitest";
import { fold, queryWords, searchText } from "./fold";

describe("fold", () => {
  it("folds case, accents and ligatures", () => {
    expect(fold("José Ægir ŁÓDŹ Straße Ørsted")).toBe("jose aegir lodz strasse orsted");
  });

  it("keeps every word of name, email and tags after a space, once", () => {
    const text = searchText({ firstName: "Ana María", lastName: "López", email: "Ana.Lopez@Example.org", tags: ["Senior Dev", "senior"] });
    expect(text).toBe(" ana maria lopez ana.lopez@example.org example org senior dev ");
    for (const word of queryWords("LÓP ANA")) expect(text).toContain(` ${word}`);
  });

  it("keeps only what parsed: no name, no tags", () => {
    expect(searchText({ firstName: null, lastName: undefined, email: "x@y.z", tags: [] })).toBe(" x@y.z x y z ");
  });

  it("takes at most five distinct query words", () => {
    expect(queryWords("a b c d e f a")).toEqual(["a", "b", "c", "d", "e"]);
    expect(queryWords("   ")).toEqual([]);
  });
});
