import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePoints, hostileString, isClearMessage } from "@/tests/support/hostile";
import { answerSchema, buildApplySchema, encodeAnswers, QUESTION_TYPES, type Question } from "./apply-schema";

const question = (type: Question["type"], required: boolean): Question => ({
  id: 7,
  key: `q_${type}`,
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
  fc.jsonValue(),
);

describe("apply form answers under hostile values (property-based)", () => {
  it("every question type refuses with clear messages or accepts a value of its own kind", () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_TYPES), fc.boolean(), hostileAnswer, (type, required, raw) => {
        const q = question(type, required);
        const result = answerSchema(q).safeParse(raw);
        if (!result.success) {
          // zod's own "Invalid input: expected string…" only answers JSON of the wrong type, which the form never sends.
          for (const issue of result.error.issues) expect(isClearMessage(issue.message) || /^(Too|Invalid)/.test(issue.message), `${type}: ${issue.message}`).toBe(true);
          return;
        }
        const value = result.data;
        if (value === undefined) {
          expect(type).toBe("file");
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
    const questions = QUESTION_TYPES.map((type, i) => ({ ...question(type, false), id: i + 1, key: `k${i}` }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...questions.map((q) => q.key)), hostileAnswer), (answers) => {
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
