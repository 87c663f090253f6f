import { describe, expect, it } from "vitest";
import {
  buildApplySchema,
  declaredFiles,
  encodeAnswers,
  normaliseQuestionType,
  questionLabel,
  TERMS_REQUIRED,
  toQuestion,
  toQuestions,
  type Question,
} from "./apply-schema";

let nextId = 100;
const q = (key: string, type: string, required = false, options: string[] = []): Question =>
  toQuestion({ id: nextId++, question_key: key, label: key, type, required, options });

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
  q("Photo", "file", true),
];
const field = (key: string) => questions.find((question) => question.key === key)!.name;
const MAX = 1000;

const photo = { name: "me.png", type: "image/png", size: 120 };
const base = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", cv: null, termsOfUse: true };
const answers = Object.fromEntries(
  Object.entries({
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
    portfolio: null,
    Photo: photo,
  }).map(([key, value]) => [field(key), value]),
);

function fieldErrors(values: unknown) {
  const result = buildApplySchema(questions, { maxFileBytes: MAX }).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("buildApplySchema", () => {
  it("accepts a complete application", () => {
    expect(fieldErrors({ ...base, answers })).toEqual({});
  });

  it("flags required questions left empty next to their field", () => {
    const errors = fieldErrors({
      ...base,
      answers: {
        ...answers,
        [field("why")]: "  ",
        [field("relocate")]: "",
        [field("level")]: "",
        [field("experience")]: [{ company_name: "", position_title: "", start_date: "", end_date: "" }],
        [field("Photo")]: null,
      },
    });
    for (const key of ["why", "relocate", "level", "experience", "Photo"]) expect(errors[`answers.${field(key)}`], key).toBe("This question is required.");
  });

  it("checks each type's format", () => {
    const wrong = { years: "ten", start: "2024-02-30", contact: "nope", mobile: "abc", site: "javascript:alert(1)", level: "CEO", langs: ["COBOL"], relocate: "maybe" };
    const errors = fieldErrors({ ...base, answers: { ...answers, ...Object.fromEntries(Object.entries(wrong).map(([key, value]) => [field(key), value])) } });
    for (const key of ["years", "start", "contact", "mobile", "site", "level", "relocate"]) expect(errors[`answers.${field(key)}`], key).toBeDefined();
    expect(errors[`answers.${field("langs")}.0`]).toBeDefined();
  });

  it("refuses hostile long answers and too many group entries", () => {
    const errors = fieldErrors({
      ...base,
      answers: {
        ...answers,
        [field("why")]: "x".repeat(5001),
        [field("education")]: Array.from({ length: 11 }, () => ({ school_name: "S", degree: "", major: "", start_date: "", end_date: "" })),
      },
    });
    expect(errors[`answers.${field("why")}`]).toMatch(/5000/);
    expect(errors[`answers.${field("education")}`]).toMatch(/10 entries/);
  });

  it("reads a question missing from the values as unanswered", () => {
    const { [field("years")]: _years, [field("portfolio")]: _portfolio, ...rest } = answers;
    expect(fieldErrors({ ...base, answers: rest })).toEqual({});
    const { [field("why")]: _why, ...withoutRequired } = answers;
    expect(fieldErrors({ ...base, answers: withoutRequired })[`answers.${field("why")}`]).toBe("This question is required.");
  });

  it("needs the terms of use accepted", () => {
    for (const termsOfUse of [false, undefined, "true", "on"]) {
      expect(fieldErrors({ ...base, termsOfUse, answers }).termsOfUse, String(termsOfUse)).toBe(TERMS_REQUIRED);
    }
  });
});

describe("file answers", () => {
  const photoErrors = (value: unknown) => fieldErrors({ ...base, answers: { ...answers, [field("Photo")]: value } })[`answers.${field("Photo")}`];

  it("take a chosen file as its declaration: name, type and size", () => {
    const parsed = buildApplySchema(questions, { maxFileBytes: MAX }).parse({ ...base, answers });
    expect(parsed.answers[field("Photo")]).toEqual(photo);
    expect(parsed.answers[field("portfolio")]).toBeUndefined();
  });

  it("read a browser File the same way", () => {
    const file = new File([new Uint8Array(10)], "C:\\Users\\ada\\photo.png", { type: "image/png" });
    const parsed = buildApplySchema(questions, { maxFileBytes: MAX }).parse({ ...base, answers: { ...answers, [field("Photo")]: file } });
    expect(parsed.answers[field("Photo")]).toEqual({ name: "photo.png", type: "image/png", size: 10 });
  });

  it("refuse an empty file, one over the limit and anything that is not a file", () => {
    expect(photoErrors({ ...photo, size: 0 })).toBe("The file is empty.");
    expect(photoErrors({ ...photo, size: MAX + 1 })).toMatch(/larger than the 1000 bytes limit/);
    expect(photoErrors({ ...photo, size: 1.5 })).toBe("Choose the file again.");
    expect(photoErrors("C:\\fakepath\\photo.png")).toBe("Choose a file.");
    expect(photoErrors(undefined)).toBe("This question is required.");
  });

  it("keep a clean base name and a plausible type (Recruspace decides the type from the bytes)", () => {
    const parsed = buildApplySchema(questions, { maxFileBytes: MAX }).parse({
      ...base,
      answers: { ...answers, [field("Photo")]: { name: "../../etc/\u0000pass\r\nwd.png", type: "image/png\r\nX-Evil: 1", size: 5 } },
    });
    expect(parsed.answers[field("Photo")]).toEqual({ name: "passwd.png", type: "application/octet-stream", size: 5 });
  });

  it("are listed in question order by declaredFiles, and never encoded as text answers", () => {
    const parsed = buildApplySchema(questions, { maxFileBytes: MAX }).parse({ ...base, answers: { ...answers, [field("portfolio")]: { name: "a.pdf", type: "application/pdf", size: 9 } } });
    expect(declaredFiles(questions, parsed.answers).map((answer) => [answer.question.key, answer.file.name])).toEqual([
      ["portfolio", "a.pdf"],
      ["Photo", "me.png"],
    ]);
    expect(encodeAnswers(questions, parsed.answers).map((answer) => answer.job_post_question.question_key)).not.toContain("Photo");
  });
});

describe("structured answers", () => {
  it("need the fields Recruspace requires in each entry", () => {
    const errors = fieldErrors({ ...base, answers: { ...answers, [field("experience")]: [{ company_name: "Acme", position_title: "", start_date: "", end_date: "" }] } });
    expect(errors[`answers.${field("experience")}`]).toBe("Each entry needs its company and position.");
  });
});

describe("encodeAnswers", () => {
  it("sends strings: JSON for lists and groups, skips empty optional answers and file questions", () => {
    const parsed = buildApplySchema(questions, { maxFileBytes: MAX }).parse({ ...base, answers });
    const encoded = encodeAnswers(questions, parsed.answers);
    const byKey = Object.fromEntries(encoded.map((entry) => [entry.job_post_question.question_key, entry.answer]));
    expect(byKey).toEqual({
      why: "Because",
      relocate: "true",
      level: "Senior",
      langs: '["TypeScript","Rust"]',
      experience: JSON.stringify([{ company_name: "Analytical Engines", position_title: "Programmer", start_date: "1843-01-01", end_date: "" }]),
    });
    expect(encoded.find((entry) => entry.job_post_question.question_key === "why")?.job_post_question.id).toBe(100);
  });
});

describe("questions in whatever shape Recruspace sends them", () => {
  it("reads type names in any case and with any separator", () => {
    for (const raw of ["short_text", "Short Text", "SHORT-TEXT", "shortText", "ShortText", " short  text ", "short__text", "SHORT_TEXT"]) {
      expect(normaliseQuestionType(raw), raw).toBe("short_text");
    }
    expect(normaliseQuestionType("multiple choice")).toBe("multiple_choice");
    expect(normaliseQuestionType("URL")).toBe("url");
    expect(normaliseQuestionType("signature")).toBeNull();
    expect(normaliseQuestionType(null)).toBeNull();
  });

  it("asks an unknown type as text, labelled with the type Recruspace named", () => {
    const question = toQuestion({ id: 3, question_key: "sig", label: "Signature", type: "signature", required: true, options: ["a"] });
    expect(question).toMatchObject({ type: "short_text", askedAsText: "“signature”", required: true, options: [] });
    expect(questionLabel(question)).toBe("Signature (asked as text: “signature”)");
    expect(questionLabel(toQuestion({ id: 4, question_key: "k", type: null }))).toBe("k (asked as text: no type given)");
  });

  it("asks a choice whose options are unknown as text", () => {
    for (const options of [null, [], [""]]) {
      const question = toQuestion({ id: 5, question_key: "notice", label: "Notice period", type: "Single Choice", options });
      expect(question).toMatchObject({ type: "short_text", askedAsText: "no options given" });
    }
  });

  it("fills what is missing: the key as label, optional when required is unknown, each option once", () => {
    expect(toQuestion({ id: 6, question_key: "Langs", label: null, type: "multipleChoice", required: null, options: ["Go", "Go", "Rust"] })).toEqual({
      id: 6,
      key: "Langs",
      name: "q6",
      label: "Langs",
      type: "multiple_choice",
      required: false,
      options: ["Go", "Rust"],
    });
  });

  it("names each answer field by the question's id, so a key with dots or brackets is safe in the form", () => {
    expect(toQuestion({ id: 9, question_key: "work.history[0]", type: "short_text" }).name).toBe("q9");
  });

  it("orders by `order` (questions without one last) and keeps each id once", () => {
    const records = [
      { id: 1, question_key: "c", order: null },
      { id: 2, question_key: "b", order: 2 },
      { id: 3, question_key: "a", order: 1 },
      { id: 2, question_key: "b-again", order: 0 },
      { id: 4, question_key: "d" },
    ];
    expect(toQuestions(records).map((question) => question.key)).toEqual(["b-again", "a", "c", "d"]);
  });
});
