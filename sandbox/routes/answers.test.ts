import { describe, expect, it } from "vitest";
import type { QuestionRecord, QuestionType } from "../store/types";
import { checkAnswers, QUESTION_REQUIRED, structuredFromAnswers } from "./answers";

let nextId = 1;
const q = (type: QuestionType, required = false, options: string[] = []): QuestionRecord => ({
  id: nextId++, questionKey: `Q_${type}`, label: type, type, required, options, order: nextId,
});
const questions = [
  q("short_text"), q("long_text"), q("number"), q("boolean", true), q("single_choice", false, ["A", "B"]),
  q("multiple_choice", false, ["x", "y", "z"]), q("date"), q("email"), q("phone", true), q("url"), q("file"), q("education"), q("experience"),
];
const byType = (type: QuestionType) => questions.find((x) => x.type === type)!;
const answer = (type: QuestionType, value: unknown) => ({ job_post_question: { id: byType(type).id, question_key: byType(type).questionKey }, answer: value });
const required = [answer("boolean", "true"), answer("phone", "+49 30 1234567")];

describe("checkAnswers", () => {
  it("accepts well-formed answers of every JSON-sendable type", () => {
    const result = checkAnswers(questions, [
      ...required,
      answer("short_text", "Engineer"), answer("long_text", "Because…\nreasons"), answer("number", "4.5"),
      answer("single_choice", "B"), answer("multiple_choice", '["x","z"]'), answer("date", "2026-02-28"),
      answer("email", "a@b.co"), answer("url", "https://github.com/jane"),
      answer("education", '[{"school_name":"TUM","degree":"masters_degree","start_date":"2019-10-01","end_date":null}]'),
      answer("experience", '[{"company_name":"Acme","position_title":"Dev","employment_type":"full_time"}]'),
    ]);
    expect(typeof result === "object" && result.errors).toEqual({});
  });

  it("reports missing required questions by question_key", () => {
    expect(checkAnswers(questions, [])).toMatchObject({ errors: { Q_boolean: [QUESTION_REQUIRED], Q_phone: [QUESTION_REQUIRED] } });
    expect(checkAnswers(questions, [answer("boolean", ""), answer("phone", "+1 555 0100")])).toMatchObject({ errors: { Q_boolean: [QUESTION_REQUIRED] } });
  });

  it.each([
    ["number", "four"], ["boolean", "yes"], ["single_choice", "C"], ["multiple_choice", '["x","nope"]'], ["multiple_choice", "x"],
    ["date", "2026-02-30"], ["email", "not-an-email"], ["phone", "call me"], ["url", "javascript:alert(1)"], ["file", "photo.png"],
    ["education", '{"school_name":"x"}'], ["experience", '[{"company_name":"Acme"}]'], ["short_text", 42],
  ] as [QuestionType, unknown][])("rejects a bad %s answer (%s)", (type, value) => {
    const result = checkAnswers(questions, [...required.filter((a) => a.job_post_question.id !== byType(type).id), answer(type, value)]);
    expect(typeof result === "object" && Object.keys(result.errors)).toEqual([byType(type).questionKey]);
  });

  it("rejects unknown questions, duplicates and a non-list", () => {
    expect(checkAnswers(questions, [...required, { job_post_question: { id: 99999, question_key: "Nope" }, answer: "x" }])).toMatchObject({
      errors: { Nope: ["Unknown question for this job post."] },
    });
    expect(checkAnswers(questions, [...required, answer("number", "1"), answer("number", "2")])).toMatchObject({ errors: { Q_number: [expect.any(String)] } });
    expect(checkAnswers(questions, { a: 1 })).toMatch(/Expected a list/);
  });

  it("turns structured answers into candidate education and experience", () => {
    const result = checkAnswers(questions, [...required, answer("education", '[{"school_name":"TUM","degree":"bachelors_degree"}]')]);
    if (typeof result === "string") throw new Error(result);
    const structured = structuredFromAnswers(result.accepted);
    expect(structured.education[0]).toMatchObject({ school_name: "TUM", degree: "bachelors_degree", start_date: null });
    expect(structured.phone).toBe("+49 30 1234567");
  });
});
