import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../server";
import { DOCUMENTED_FIELDS, type DriftRouteKey } from "./documented";
import { DROPPABLE_CONTAINERS } from "./enum-like";
import { withAncestors } from "./paths";
import { perturbBody } from "./perturb";
import { fieldsOf, holdsIdentity, isInferred, MISSING, sameJson, unexplainedDifferences, valueAt } from "./testing/fields";
import { collectSampleAnswers, type SampleAnswer } from "./testing/samples";
import { UPLOAD_ROUTE } from "./upload-answer";

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const anySeed = fc.oneof(fc.integer(), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""));
const IDENTITY = new Set(["id", "hash", "question_key"]);
const ENUM_LIKE_DOCUMENTED = new Set(["suitability", "entry_method", "source_platform", "status", "degree", "employment_type", "platform"]);

let sandbox: Sandbox;
let samples: SampleAnswer[];
/** Upload File answers have their own variants (write-answers.test.ts). */
let fieldSamples: SampleAnswer[];

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimitPerMinute: 10_000 });
  samples = await collectSampleAnswers(sandbox);
  fieldSamples = samples.filter((s) => s.route !== UPLOAD_ROUTE);
}, 30_000);
afterAll(() => sandbox.close());

const documentedOf = (route: DriftRouteKey) => withAncestors(DOCUMENTED_FIELDS[route]);

function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  return typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isPlainJson);
}

describe("perturbBody", () => {
  it("has a successful JSON sample, from the real handlers, for every classified route", () => {
    for (const route of Object.keys(DOCUMENTED_FIELDS)) {
      const answers = samples.filter((s) => s.route === route);
      expect(answers.length, route).toBeGreaterThan(0);
      for (const answer of answers) expect([answer.status, answer.contentType], `${route} ${answer.label}`).toEqual([expect.toSatisfy((s: number) => s >= 200 && s < 300), "application/json"]);
    }
  });

  it("drifts the same way for the same seed, route and body", () => {
    fc.assert(
      fc.property(anySeed, (seed) => {
        for (const sample of samples) expect(perturbBody(seed, sample.route, sample.body)).toEqual(perturbBody(seed, sample.route, sample.body));
      }),
      { numRuns: 30 },
    );
    const page = fieldSamples.find((s) => s.label === "first page")!;
    const distinct = new Set(SEEDS.map((seed) => JSON.stringify(perturbBody(seed, page.route, page.body).body)));
    expect(distinct.size).toBeGreaterThan(15);
  });

  it("keeps documented fields and identities as they were, and every answer plain JSON", () => {
    fc.assert(
      fc.property(anySeed, (seed) => {
        for (const sample of fieldSamples) {
          const documented = documentedOf(sample.route);
          const drifted = perturbBody(seed, sample.route, sample.body).body;
          expect(isPlainJson(drifted)).toBe(true);
          for (const field of fieldsOf(sample.body)) {
            const insideDroppable = field.path.split(/[.[\]]+/).some((segment) => DROPPABLE_CONTAINERS.has(segment));
            if (insideDroppable || (!documented.has(field.path) && !IDENTITY.has(field.key) && !holdsIdentity(field.value))) continue;
            const now = valueAt(drifted, field.location);
            const where = `${sample.route} ${field.location.join(".")}`;
            if (field.value === null && (field.path === "next" || field.path === "previous") && now === MISSING) continue;
            if (typeof field.value === "string" && ENUM_LIKE_DOCUMENTED.has(field.key) && !IDENTITY.has(field.key)) expect(typeof now, where).toBe("string");
            else if (Array.isArray(field.value)) expect((now as unknown[]).length, where).toBe(field.value.length);
            else if (typeof field.value === "object" && field.value !== null) expect(typeof now, where).toBe("object");
            else expect(now, where).toEqual(field.value);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("drifts every inferred field under at least one of 20 seeds", () => {
    for (const sample of fieldSamples) {
      const documented = documentedOf(sample.route);
      const inferred = new Set(fieldsOf(sample.body).filter((f) => isInferred(f, documented)).map((f) => f.path));
      const drifted = new Set(SEEDS.flatMap((seed) => perturbBody(seed, sample.route, sample.body).applied.map((p) => p.path)));
      expect([...inferred].filter((path) => !drifted.has(path)), `${sample.route} ${sample.label}`).toEqual([]);
    }
  });

  it("drifts 30–60 % of the inferred fields under each seed and leaves the rest as they were", () => {
    for (const seed of SEEDS) {
      let inferred = 0;
      let changed = 0;
      for (const sample of fieldSamples) {
        const drifted = perturbBody(seed, sample.route, sample.body).body;
        for (const field of fieldsOf(sample.body).filter((f) => isInferred(f, documentedOf(sample.route)))) {
          inferred++;
          const now = valueAt(drifted, field.location);
          if (now === MISSING || !sameJson(now, field.value)) changed++;
        }
      }
      expect(changed / inferred, `seed ${seed}`).toBeGreaterThanOrEqual(0.3);
      expect(changed / inferred, `seed ${seed}`).toBeLessThanOrEqual(0.6);
    }
  });

  it("lists exactly what changed", () => {
    for (const seed of SEEDS) {
      for (const sample of fieldSamples) {
        const { body, applied } = perturbBody(seed, sample.route, sample.body);
        expect(unexplainedDifferences(sample.body, body, applied), `seed ${seed}, ${sample.route} ${sample.label}`).toEqual([]);
        expect(new Set(applied.map((p) => `${p.change} ${p.path}`)).size, "distinct by path + change").toBe(applied.length);
      }
    }
  });

  it("mixes up the shape of the items of one list", () => {
    const page = fieldSamples.find((s) => s.label === "first page")!;
    const mixed = SEEDS.filter((seed) => {
      const results = (perturbBody(seed, page.route, page.body).body as { results: object[] }).results;
      return new Set(results.map((item) => Object.keys(item).join())).size > 1;
    });
    expect(mixed.length).toBeGreaterThan(10);
  });

  it("spells question types differently and now and then answers an unknown type", () => {
    const questions = fieldSamples.find((s) => s.route === "GET /api/v1/client/job-posts/{job_post_hash}/questions/")!;
    const known = new Set((questions.body as { type: string }[]).map((q) => q.type));
    const squash = (type: string) => type.toLowerCase().replace(/[^a-z]/g, "");
    const drifted = SEEDS.flatMap((seed) => (perturbBody(seed, questions.route, questions.body).body as Record<string, unknown>[]).map((q) => q.type))
      .filter((type): type is string => typeof type === "string" && !known.has(type));
    expect(drifted.some((type) => [...known].some((k) => squash(k) === squash(type)))).toBe(true);
    expect(drifted.some((type) => ![...known].some((k) => squash(k) === squash(type)))).toBe(true);
    expect(drifted.some((type) => /^[A-Z]+(-[A-Z]+)+$/.test(type))).toBe(true);
  });

  it("answers unknown values for the documented example-only enum fields, still as strings", () => {
    const candidate = fieldSamples.find((s) => s.label === "rich candidate")!;
    const original = candidate.body as Record<string, unknown>;
    for (const key of ["suitability", "entry_method", "source_platform"]) {
      const values = SEEDS.map((seed) => (perturbBody(seed, candidate.route, candidate.body).body as Record<string, unknown>)[key]);
      expect(values.every((value) => typeof value === "string"), key).toBe(true);
      expect(values.some((value) => value !== original[key]), key).toBe(true);
    }
  });

  it("sometimes leaves a null page link out, as the Pagination guide describes", () => {
    const lastPage = fieldSamples.find((s) => s.label === "last page")!;
    expect((lastPage.body as { next: unknown }).next).toBeNull();
    expect(SEEDS.some((seed) => !("next" in (perturbBody(seed, lastPage.route, lastPage.body).body as object)))).toBe(true);
  });

  it("leaves bodies of routes it does not classify alone", () => {
    expect(perturbBody(1, "GET /api/v1/client/unknown/", { a: 1 })).toEqual({ body: { a: 1 }, applied: [] });
  });
});
