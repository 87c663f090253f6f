import { describe, expect, it } from "vitest";
import { buildApplySchema, encodeAnswers, toQuestion, type Question } from "./apply-schema";

const q = (key: string, type: string, required = false, options: string[] = []): Question =>
  toQuestion({ id: key.length * 7, question_key: key, label: key, type, required, options });

const questions = [
  q("why", "long_text", true),
  q("years", "number"),
  q("relocate", "boolean", true),
  q("level", "single_choice", true, ["Junior", "Senior"]),
  q("langs", "multiple_choice", false, ["Go", "TypeScript", "Rust"]),
  q("start", "date"),
  q("contact", "email"),
  q("mobile", "phone"),
  q("site", "url"),
  q("education", "education"),
  q("experience", "experience", true),
  q("portfolio", "file"),
];

const base = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", cv: null };
const answers = {
  why: "Because",
  years: "",
  relocate: "true",
  level: "Senior",
  langs: ["TypeScript", "Rust"],
  start: "",
  contact: "",
  mobile: "",
  site: "",
  education: [],
  experience: [{ company_name: "Analytical Engines", position_title: "Programmer", start_date: "1843-01-01", end_date: "" }],
};

function fieldErrors(values: unknown) {
  const result = buildApplySchema(questions).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("buildApplySchema", () => {
  it("accepts a complete application", () => {
    expect(fieldErrors({ ...base, answers })).toEqual({});
  });

  it("flags required questions left empty next to their key", () => {
    const errors = fieldErrors({ ...base, answers: { ...answers, why: "  ", relocate: "", level: "", experience: [{ company_name: "", position_title: "", start_date: "", end_date: "" }] } });
    expect(errors["answers.why"]).toBe("This question is required.");
    expect(errors["answers.relocate"]).toBe("This question is required.");
    expect(errors["answers.level"]).toBe("This question is required.");
    expect(errors["answers.experience"]).toBe("This question is required.");
  });

  it("checks each type's format", () => {
    const errors = fieldErrors({
      ...base,
      answers: { ...answers, years: "ten", start: "2024-02-30", contact: "nope", mobile: "abc", site: "javascript:alert(1)", level: "CEO", langs: ["COBOL"], relocate: "maybe" },
    });
    for (const key of ["years", "start", "contact", "mobile", "site", "level", "langs.0", "relocate"]) {
      expect(errors[`answers.${key}`], key).toBeDefined();
    }
  });

  it("refuses hostile long answers and too many group entries", () => {
    const errors = fieldErrors({
      ...base,
      answers: { ...answers, why: "x".repeat(5001), education: Array.from({ length: 11 }, () => ({ school_name: "S", degree: "", major: "", start_date: "", end_date: "" })) },
    });
    expect(errors["answers.why"]).toMatch(/5000/);
    expect(errors["answers.education"]).toMatch(/10 entries/);
  });
});

describe("structured answers", () => {
  it("need the fields Recruspace requires in each entry", () => {
    const errors = fieldErrors({
      ...base,
      answers: { ...answers, experience: [{ company_name: "Acme", position_title: "", start_date: "", end_date: "" }] },
    });
    expect(errors["answers.experience"]).toBe("Each entry needs its company and position.");
  });
});

describe("encodeAnswers", () => {
  it("sends strings: JSON for lists and groups, skips empty optional answers and file questions", () => {
    const parsed = buildApplySchema(questions).parse({ ...base, answers: { ...answers, portfolio: "C:\\fake.pdf" } });
    const encoded = encodeAnswers(questions, parsed.answers);
    const byKey = Object.fromEntries(encoded.map((entry) => [entry.job_post_question.question_key, entry.answer]));
    expect(byKey).toEqual({
      why: "Because",
      relocate: "true",
      level: "Senior",
      langs: '["TypeScript","Rust"]',
      experience: JSON.stringify([{ company_name: "Analytical Engines", position_title: "Programmer", start_date: "1843-01-01", end_date: "" }]),
    });
    expect(encoded.find((entry) => entry.job_post_question.question_key === "why")?.job_post_question.id).toBe(21);
  });
});
