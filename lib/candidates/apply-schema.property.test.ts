import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePoints, hostileString, isClearMessage } from "@/tests/support/hostile";
import { answerSchema, buildApplySchema, encodeAnswers, initialAnswer, normaliseQuestionType, QUESTION_TYPES, questionLabel, toQuestion, toQuestions, type Question } from "./apply-schema";

const MAX_FILE = 5000;

const question = (type: Question["type"], required: boolean): Question => ({
  id: 7,
  key: `q_${type}`,
  name: "q7",
  label: `A ${type} question`,
  type,
  required,
  options: ["Yes <b>really</b>", "No", "Maybe"],
});

const hostileAnswer = fc.oneof(
  hostileString,
  fc.constantFrom("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "https://ok.example/<script>", "1e309", "NaN", "-0", "2024-02-30", "9999-99-99", "true", "null"),
  fc.array(hostileString, { maxLength: 4 }),
  fc.array(fc.dictionary(fc.constantFrom("school_name", "degree", "start_date", "company_name", "__proto__", "constructor"), hostileString), { maxLength: 12 }),
  fc.record({ name: hostileString, type: hostileString, size: fc.oneof(fc.integer({ min: -5, max: MAX_FILE * 2 }), fc.double()) }),
  fc.jsonValue(),
);

/** A type name as another API might spell it: any case, spaces, dashes or camel case. */
const spelledType = fc.tuple(fc.constantFrom(...QUESTION_TYPES), fc.constantFrom("snake", "upper", "title", "kebab", "camel", "pascal", "padded")).map(([type, style]) => {
  const words = type.split("_");
  const spelled = {
    snake: type,
    upper: type.toUpperCase(),
    title: words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" "),
    kebab: words.join("-").toUpperCase(),
    camel: words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join(""),
    pascal: words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(""),
    padded: `  ${words.join(" ")}  `,
  }[style];
  return { type, spelled };
});

/** A question record with every field but id and question_key in any shape the client lets through. */
const questionRecord = fc.record(
  {
    id: fc.integer({ min: 1, max: 50 }),
    question_key: fc.string({ minLength: 1, maxLength: 20 }),
    label: fc.option(hostileString),
    type: fc.option(fc.oneof(spelledType.map((t) => t.spelled), fc.constantFrom("signature", "rating", "", "file upload"), hostileString)),
    required: fc.option(fc.boolean()),
    options: fc.option(fc.array(fc.oneof(hostileString, fc.constantFrom("A", "B")), { maxLength: 5 })),
    order: fc.option(fc.oneof(fc.integer({ min: -3, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }))),
  },
  { requiredKeys: ["id", "question_key"] },
);

describe("questions of any shape (property-based)", () => {
  it("every spelling of a known type reads as that type", () => {
    fc.assert(
      fc.property(spelledType, ({ type, spelled }) => {
        expect(normaliseQuestionType(spelled)).toBe(type);
      }),
    );
  });

  it("every record becomes a question the form can ask, and an empty optional form is accepted", () => {
    fc.assert(
      fc.property(fc.array(questionRecord, { maxLength: 12 }), (records) => {
        const questions = toQuestions(records);
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        for (const q of questions) {
          expect(QUESTION_TYPES).toContain(q.type);
          expect(q.label.trim().length).toBeGreaterThan(0);
          expect(q.name).toMatch(/^q\d+$/);
          if (q.askedAsText) {
            expect(q.type).toBe("short_text");
            expect(questionLabel(q)).toContain("(asked as text: ");
          }
          if (q.type === "single_choice" || q.type === "multiple_choice") expect(q.options.length).toBeGreaterThan(0);
          if (!records.some((r) => r.id === q.id && r.required === true)) expect(q.required).toBe(false);
        }
        const optional = questions.map((q) => ({ ...q, required: false }));
        const empty = { firstName: "Ada", lastName: "L", email: "ada@example.com", cv: null, termsOfUse: true, answers: Object.fromEntries(optional.map((q) => [q.name, initialAnswer(q)])) };
        const parsed = buildApplySchema(optional, { maxFileBytes: MAX_FILE }).safeParse(empty);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(encodeAnswers(optional, parsed.data!.answers)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("an unknown type is labelled with the name Recruspace gave it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((raw) => raw.trim() !== "" && normaliseQuestionType(raw) === null), (raw) => {
        const q = toQuestion({ id: 1, question_key: "k", label: "Label", type: raw });
        expect(questionLabel(q)).toBe(`Label (asked as text: “${raw.trim()}”)`);
      }),
    );
  });
});

describe("apply form answers under hostile values (property-based)", () => {
  it("every question type refuses with clear messages or accepts a value of its own kind", () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_TYPES), fc.boolean(), hostileAnswer, (type, required, raw) => {
        const q = question(type, required);
        const result = answerSchema(q, { maxFileBytes: MAX_FILE }).safeParse(raw);
        if (!result.success) {
          // zod's own "Invalid input: expected string…" only answers JSON of the wrong type, which the form never sends.
          for (const issue of result.error.issues) expect(isClearMessage(issue.message) || /^(Too|Invalid)/.test(issue.message), `${type}: ${issue.message}`).toBe(true);
          return;
        }
        const value = result.data;
        if (value === undefined) {
          expect(type).toBe("file");
          expect(required).toBe(false);
          return;
        }
        if (type === "file") {
          const file = value as { name: string; type: string; size: number };
          expect(Number.isSafeInteger(file.size) && file.size > 0 && file.size <= MAX_FILE).toBe(true);
          expect(file.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f/\\]/);
          expect(file.type).toMatch(/^[\w.+-]+\/[\w.+-]+$/);
          return;
        }
        if (typeof value === "string") {
          expect(value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
          expect(codePoints(value)).toBeLessThanOrEqual(type === "long_text" ? 5000 : 500);
          if (required) expect(value).not.toBe("");
          if (value === "") return true;
          if (type === "url") expect(value).toMatch(/^https?:\/\//i);
          if (type === "number") expect(Number.isFinite(Number(value))).toBe(true);
          if (type === "date") expect(new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(value);
          if (type === "single_choice") expect(q.options).toContain(value);
          if (type === "boolean") expect(["true", "false"]).toContain(value);
        } else if (type === "multiple_choice") {
          for (const choice of value as string[]) expect(q.options).toContain(choice);
        } else {
          expect(["education", "experience"]).toContain(type);
          expect((value as unknown[]).length).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("encoded answers are always strings and never include a file question", () => {
    const questions = QUESTION_TYPES.map((type, i) => ({ ...question(type, false), id: i + 1, key: `k${i}`, name: `q${i + 1}` }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...questions.map((q) => q.name)), hostileAnswer), (answers) => {
        const parsed = buildApplySchema(questions).shape.answers.safeParse(answers);
        if (!parsed.success) return;
        for (const encoded of encodeAnswers(questions, parsed.data)) {
          expect(typeof encoded.answer).toBe("string");
          expect(encoded.answer).not.toBe("");
          expect(questions.find((q) => q.id === encoded.job_post_question.id)?.type).not.toBe("file");
        }
      }),
      { numRuns: 80 },
    );
  });
});
