import { describe, expect, it } from "vitest";
import { buildAvatarPng } from "../files/png";
import type { MultipartFile } from "../http/multipart";
import type { QuestionRecord, QuestionType } from "../store/types";
import { EMPTY_FILE, UNSUPPORTED_PHOTO } from "./answer-files";
import { checkAnswers, NO_ITEM_FOR_FILE, NOT_A_FILE_QUESTION, QUESTION_REQUIRED, structuredFromAnswers, UNKNOWN_QUESTION } from "./answers";

let nextId = 1;
const q = (type: QuestionType, required = false, options: string[] = []): QuestionRecord => ({
  id: nextId++, questionKey: `Q_${type}`, label: type, type, required, options, order: nextId,
});
const questions = [
  q("short_text"), q("long_text"), q("number"), q("boolean", true), q("single_choice", false, ["A", "B"]),
  q("multiple_choice", false, ["x", "y", "z"]), q("date"), q("email"), q("phone", true), q("url"), { ...q("file"), label: "Photo" }, q("education"), q("experience"),
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
      errors: { Nope: [UNKNOWN_QUESTION] },
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

  it.each([
    ["a list", "education", '[{"school_name":"TUM","degree":["bachelors_degree"]}]', "Each education entry's degree must be a string."],
    ["a number", "experience", '[{"company_name":"Acme","position_title":"Dev","employment_type":1}]', "Each experience entry's employment_type must be a string."],
    ["a string flag", "education", '[{"school_name":"TUM","currently_pursuing":"true"}]', "Each education entry's currently_pursuing must be true or false."],
    ["a bad date", "experience", '[{"company_name":"Acme","position_title":"Dev","start_date":"01/02/2020"}]', "start_date has wrong format. Use YYYY-MM-DD."],
  ] as [string, QuestionType, string, string][])("refuses a structured entry with %s", (_label, type, value, message) => {
    expect(checkAnswers(questions, [...required, answer(type, value)])).toMatchObject({ errors: { [byType(type).questionKey]: [message] } });
  });

  it("takes the documented degree / employment_type values and any other text", () => {
    const entries = [
      answer("education", '[{"school_name":"TUM","degree":"doctorate_degree","currently_pursuing":true},{"school_name":"OU","degree":"bachelor","major":null}]'),
      answer("experience", '[{"company_name":"Acme","position_title":"Dev","employment_type":"intern"},{"company_name":"B","position_title":"C","employment_type":"freelance"}]'),
    ];
    const result = checkAnswers(questions, [...required, ...entries]);
    if (typeof result === "string") throw new Error(result);
    expect(result.errors).toEqual({});
    const structured = structuredFromAnswers(result.accepted);
    expect(structured.education.map((e) => e.degree)).toEqual(["doctorate_degree", "bachelor"]);
    expect(structured.workExperience.map((e) => e.employment_type)).toEqual(["intern", "freelance"]);
  });

  it("an empty JSON list is no answer, so a required list question stays unanswered", () => {
    const listQuestion = { ...byType("multiple_choice"), required: true };
    const result = checkAnswers([listQuestion], [{ job_post_question: { id: listQuestion.id }, answer: "[]" }]);
    expect(result).toMatchObject({ accepted: [], errors: { Q_multiple_choice: [QUESTION_REQUIRED] } });
  });
});

describe("checkAnswers with file parts", () => {
  const photo = byType("file");
  const png = buildAvatarPng([10, 20, 30]);
  const part = (data: Buffer): MultipartFile => ({ fieldName: "", filename: "me.png", contentType: "image/png", data });
  const photoItem = { job_post_question: { id: photo.id, question_key: photo.questionKey } };
  const check = (items: unknown[], parts: [number, Buffer][]) => checkAnswers(questions, items, { byIndex: new Map(parts.map(([i, d]) => [i, part(d)])), maxBytes: 64 * 1024 });

  it("accepts a file part for a file question's item, typed from its bytes", () => {
    const result = check([...required, photoItem], [[2, png]]);
    if (typeof result === "string") throw new Error(result);
    expect(result.errors).toEqual({});
    expect(result.files).toEqual([{ question: photo, file: part(png), type: { mimeType: "image/png", extension: "png" } }]);
  });

  it("a required file question without its part is required, also in JSON", () => {
    const requiredPhoto = { ...photo, required: true };
    expect(checkAnswers([requiredPhoto], [])).toMatchObject({ errors: { Q_file: [QUESTION_REQUIRED] } });
    expect(checkAnswers([requiredPhoto], [photoItem], { byIndex: new Map(), maxBytes: 1024 })).toMatchObject({ errors: { Q_file: [QUESTION_REQUIRED] } });
  });

  it("a part for a non-file question is keyed by that question; past the list by #N", () => {
    expect(check([...required, photoItem], [[0, png]])).toMatchObject({ errors: { Q_boolean: [NOT_A_FILE_QUESTION] } });
    expect(check([...required, photoItem], [[7, png]])).toMatchObject({ errors: { "#7": [NO_ITEM_FOR_FILE] } });
  });

  it("refuses an empty file, a non-image for a photo, and text plus a file", () => {
    expect(check([...required, photoItem], [[2, Buffer.alloc(0)]])).toMatchObject({ errors: { Q_file: [EMPTY_FILE] } });
    expect(check([...required, photoItem], [[2, Buffer.from("%PDF-1.4")]])).toMatchObject({ errors: { Q_file: [UNSUPPORTED_PHOTO] } });
    expect(check([...required, { ...photoItem, answer: "me.png" }], [[2, png]])).toMatchObject({ errors: { Q_file: [expect.stringMatching(/not both/)] } });
  });

  it("a text answer to a file question names the part to use", () => {
    expect(check([...required, { ...photoItem, answer: "me.png" }], [])).toMatchObject({ errors: { Q_file: ["Send the file as the multipart part answers[2].answer_file."] } });
  });
});
