import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/recruspace/errors";
import { formFieldErrors } from "./apply";
import { toQuestion } from "./apply-schema";

const questions = [
  toQuestion({ id: 11, question_key: "Phone", type: "phone" }),
  toQuestion({ id: 12, question_key: "work.history[0]", type: "short_text" }),
];

describe("formFieldErrors", () => {
  it("puts each of Recruspace's errors next to the form field it is about", () => {
    const error = new ValidationError("applyToJobPost", {
      first_name: ["This field may not be blank."],
      terms_of_use: ["Must be a valid boolean."],
      "answers.Phone": ["Enter a valid phone number."],
      "answers.work.history[0]": ["Ensure this answer has no more than 255 characters."],
    });
    expect(formFieldErrors(error, questions)).toEqual({
      fieldErrors: {
        firstName: ["This field may not be blank."],
        termsOfUse: ["Must be a valid boolean."],
        "answers.q11": ["Enter a valid phone number."],
        "answers.q12": ["Ensure this answer has no more than 255 characters."],
      },
      unplaced: [],
    });
  });

  it("keeps what no field of the form can show for the message", () => {
    const error = new ValidationError("applyToJobPost", {
      non_field_errors: ["This job post is not accepting applications."],
      answers: ["File too large. Maximum size is 25 MB."],
      "answers.#3": ["No answers item has this index."],
      "answers.Gone": ["This question is required."],
      constructor: ["Odd."],
    });
    expect(formFieldErrors(error, questions)).toEqual({
      fieldErrors: {},
      unplaced: ["This job post is not accepting applications.", "File too large. Maximum size is 25 MB.", "No answers item has this index.", "This question is required.", "Odd."],
    });
  });
});
