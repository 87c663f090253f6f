import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "../seed/prng";
import { QUESTION_TYPES } from "../store/types";
import { childPath, under, withAncestors } from "./paths";
import { routeKeyOf } from "./route-key";
import { extraField, kindOf, otherKind, questionTypeVariant, renamedKey, unknownEnumValue } from "./values";

const seeds = fc.integer({ min: 0, max: 0xffffffff });

describe("replacement values", () => {
  it("otherKind always answers plain JSON of another kind", () => {
    fc.assert(
      fc.property(fc.jsonValue(), seeds, (value, seed) => {
        const replaced = otherKind(value, createRandom(seed));
        expect(kindOf(replaced)).not.toBe(kindOf(value));
        // Serialising again gives the same text (-0 from the generator is written as 0 either way).
        expect(JSON.stringify(JSON.parse(JSON.stringify(replaced)))).toBe(JSON.stringify(replaced));
      }),
    );
  });

  it("turns dates into epoch seconds when it picks a number", () => {
    const numbers = Array.from({ length: 40 }, (_, seed) => otherKind("2026-06-01T09:00:00.000Z", createRandom(seed))).filter((v) => typeof v === "number");
    expect(numbers).toContain(Date.UTC(2026, 5, 1, 9) / 1000);
  });

  it("renames a key to a name the object does not have yet", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]+(_[a-z0-9]+)*$/), fc.array(fc.string()), seeds, (key, taken, seed) => {
        const takenKeys = new Set([key, ...taken]);
        const name = renamedKey(key, takenKeys, createRandom(seed));
        expect(name).not.toBe(key);
        expect(takenKeys.has(name)).toBe(false);
      }),
    );
  });

  it("spells every question type differently, in the styles clients meet, or answers an unknown type", () => {
    const variants = (type: string) => new Set(Array.from({ length: 60 }, (_, seed) => questionTypeVariant(type, createRandom(seed))));
    for (const type of QUESTION_TYPES) for (const variant of variants(type)) expect(variant).not.toBe(type);
    expect([...variants("short_text")]).toEqual(expect.arrayContaining(["Short Text", "SHORT-TEXT", "shortText", "short text", "signature"]));
  });

  it("answers unknown enum values and extra fields the object does not have", () => {
    fc.assert(
      fc.property(fc.string(), seeds, (value, seed) => {
        expect(unknownEnumValue(value, createRandom(seed))).not.toBe(value);
      }),
    );
    const taken = new Set(["_meta", "legacy_ref"]);
    for (let seed = 0; seed < 30; seed++) expect(taken.has(extraField(taken, createRandom(seed))!.name)).toBe(false);
  });
});

describe("paths", () => {
  it("joins dot paths with [] for array items", () => {
    expect(childPath("", "results")).toBe("results");
    expect(childPath("results", "[]")).toBe("results[]");
    expect(childPath("results[]", "email")).toBe("results[].email");
    expect(childPath("", "[]")).toBe("[]");
    expect(under("[]", ["id", "user.first_name"])).toEqual(["[].id", "[].user.first_name"]);
    expect([...withAncestors(["results[].example_candidates[].email"])]).toEqual([
      "results", "results[]", "results[].example_candidates", "results[].example_candidates[]", "results[].example_candidates[].email",
    ]);
  });

  it("keys drift by the route's pattern, not the concrete path", () => {
    expect(routeKeyOf("get", "/api/v1/client/candidates/:candidate_id/")).toBe("GET /api/v1/client/candidates/{candidate_id}/");
  });
});
