import { describe, expect, it } from "vitest";
import { buildAvatarPng } from "../files/png";
import { parseMultipart } from "../http/multipart";
import { applyBodyFromForm, INVALID_ANSWERS_JSON, STRAY_FILE } from "./apply-body";

const BOUNDARY = "apply-test";

function form(parts: { name: string; filename?: string; data: Buffer | string }[]) {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename !== undefined ? `; filename="${part.filename}"` : "";
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n\r\n`), Buffer.from(part.data), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return parseMultipart(Buffer.concat(chunks), BOUNDARY);
}

describe("applyBodyFromForm", () => {
  const png = buildAvatarPng([1, 2, 3]);
  const answers = [{ job_post_question: { id: 1, question_key: "Phone" }, answer: "+1 555 0100" }, { job_post_question: { id: 2, question_key: "Photo" } }];

  it("reads text fields, the JSON answers field and file parts by item index", () => {
    const body = applyBodyFromForm(
      form([
        { name: "email", data: "ada@example.test" },
        { name: "first_name", data: "Ada" },
        { name: "cv", data: "42" },
        { name: "terms_of_use", data: "true" },
        { name: "answers", data: JSON.stringify(answers) },
        { name: "answers[1].answer_file", filename: "me.png", data: png },
      ]),
    );
    expect(body.fields).toEqual({ email: "ada@example.test", first_name: "Ada", cv: "42", terms_of_use: true, answers });
    expect([...body.files.keys()]).toEqual([1]);
    expect(body.files.get(1)?.data.equals(png)).toBe(true);
    expect(body.answersProblem).toBeNull();
    expect(body.strayFileErrors).toEqual({});
  });

  it('terms_of_use: "false" is false; any other text is kept for validation to refuse', () => {
    expect(applyBodyFromForm(form([{ name: "terms_of_use", data: "false" }])).fields.terms_of_use).toBe(false);
    expect(applyBodyFromForm(form([{ name: "terms_of_use", data: "yes" }])).fields.terms_of_use).toBe("yes");
    expect(applyBodyFromForm(form([])).fields).not.toHaveProperty("terms_of_use");
  });

  it("answers that are not JSON are a problem; a blank answers field is no answers", () => {
    expect(applyBodyFromForm(form([{ name: "answers", data: "[{oops" }])).answersProblem).toBe(INVALID_ANSWERS_JSON);
    const blank = applyBodyFromForm(form([{ name: "answers", data: "  " }]));
    expect(blank.answersProblem).toBeNull();
    expect(blank.fields).not.toHaveProperty("answers");
  });

  it("a file part with any other name is refused by its name", () => {
    const body = applyBodyFromForm(form([{ name: "answers[0][answer_file]", filename: "me.png", data: png }, { name: "cv", filename: "cv.pdf", data: "%PDF-" }]));
    expect(body.files.size).toBe(0);
    expect(body.strayFileErrors).toEqual({ "answers[0][answer_file]": [STRAY_FILE], cv: [STRAY_FILE] });
  });
});
