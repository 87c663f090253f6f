import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, MalformedResponseError, NotFoundError, UnauthorizedError, UpstreamError, ValidationError } from "./errors";
import { errorForStatus, flattenFieldErrors, malformed } from "./map-error";

const same = (text: string) => text;

describe("flattenFieldErrors", () => {
  it("keeps DRF field lists and flattens nested objects with dotted keys", () => {
    expect(
      flattenFieldErrors({
        email: ["This field is required."],
        answers: { Phone: ["This question is required."], NoticePeriod: ["Select a valid choice."] },
      }),
    ).toEqual({
      email: ["This field is required."],
      "answers.Phone": ["This question is required."],
      "answers.NoticePeriod": ["Select a valid choice."],
    });
  });

  it("indexes lists of objects and puts detail / bare strings under non_field_errors", () => {
    expect(flattenFieldErrors({ answers: [{}, { answer: ["Too long."] }] })).toEqual({ "answers.1.answer": ["Too long."] });
    expect(flattenFieldErrors({ detail: "Bad input." })).toEqual({ non_field_errors: ["Bad input."] });
    expect(flattenFieldErrors(["Nope."])).toEqual({ non_field_errors: ["Nope."] });
    expect(flattenFieldErrors({ non_field_errors: ["Give a talent pool or a job post."] })).toEqual({
      non_field_errors: ["Give a talent pool or a job post."],
    });
    expect(flattenFieldErrors(null)).toEqual({});
  });
});

describe("errorForStatus", () => {
  it("maps statuses to typed errors", () => {
    const validation = errorForStatus("addTag", 400, { title: ["Required."] }, same);
    expect(validation).toBeInstanceOf(ValidationError);
    expect((validation as ValidationError).fieldErrors).toEqual({ title: ["Required."] });
    expect(errorForStatus("x", 401, null, same)).toBeInstanceOf(UnauthorizedError);
    expect(errorForStatus("x", 404, { detail: "Not found." }, same)).toBeInstanceOf(NotFoundError);
    const conflict = errorForStatus("addTag", 409, { detail: "This tag already exists on the candidate." }, same) as ConflictError;
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.detail).toBe("This tag already exists on the candidate.");
    expect(conflict.operation).toBe("addTag");
    const upstream = errorForStatus("x", 503, null, same);
    expect(upstream).toBeInstanceOf(UpstreamError);
    expect(upstream.status).toBe(503);
  });
});

describe("malformed", () => {
  it("names the operation and the failing path, never the value", () => {
    const schema = z.object({ results: z.array(z.object({ email: z.string() })) });
    let caught: unknown;
    try {
      malformed("listThings", schema, { results: [{ email: "ok@x.example" }, { email: 12345678 }] }, same);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MalformedResponseError);
    const error = caught as MalformedResponseError;
    expect(error.operation).toBe("listThings");
    expect(error.issues).toContain("results.1.email");
    expect(error.message).not.toContain("12345678");
  });
});
