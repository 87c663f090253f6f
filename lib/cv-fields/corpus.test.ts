import { beforeAll, describe, expect, it } from "vitest";
import { corpusEntries, renderEntry } from "@/tests/support/cv-corpus/corpus";
import { nodeExtractors } from "@/tests/support/cv-corpus/node-extractors";
import { GOALS, accuracy, rate, type Accuracy } from "@/tests/support/cv-corpus/score";
import { readCvFile } from "./read-file";

// The benchmark's accuracy figures come from this same run (bench/scenarios/cv-accuracy.ts).
describe("the generated CV corpus", () => {
  const entries = corpusEntries();
  let result: Accuracy;

  beforeAll(async () => {
    const results = [];
    for (const entry of entries) {
      const reading = await readCvFile(await renderEntry(entry), nodeExtractors);
      results.push({ id: entry.id, expected: entry.expected, fields: reading.ok ? reading.fields : { emails: [], phones: [], links: {} } });
    }
    result = accuracy(results);
    if (result.misses.length) console.log(result.misses.join("\n"));
  }, 60_000);

  it("has at least 40 CVs in PDF and DOCX", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((entry) => entry.format))).toEqual(new Set(["pdf", "docx"]));
  });

  it("meets the accuracy goals per field", () => {
    expect(rate(result.email)).toBeGreaterThanOrEqual(GOALS.email);
    expect(rate(result.firstName)).toBeGreaterThanOrEqual(GOALS.names);
    expect(rate(result.lastName)).toBeGreaterThanOrEqual(GOALS.names);
    expect(rate(result.phone)).toBeGreaterThanOrEqual(GOALS.phone);
    expect(rate(result.links)).toBeGreaterThanOrEqual(GOALS.links);
    expect(rate(result.wrongWhereNone)).toBeLessThanOrEqual(GOALS.wrongWhereNone);
  });
});
