import { describe, expect, it } from "vitest";
import { FieldValidator } from "./validate";

describe("FieldValidator", () => {
  it("collects DRF-style messages for every field at once", () => {
    const v = new FieldValidator({ email: "nope", name: "  ", count: "1.5", note: "x".repeat(11), flag: "maybe" });
    v.email("email", { required: true });
    v.string("name", { required: true });
    v.string("missing", { required: true });
    v.integer("count");
    v.string("note", { max: 10 });
    v.boolean("flag");
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual({
      email: ["Enter a valid email address."],
      name: ["This field may not be blank."],
      missing: ["This field is required."],
      count: ["A valid integer is required."],
      note: ["Ensure this field has no more than 10 characters."],
      flag: ["Must be a valid boolean."],
    });
  });

  it("trims strings, accepts numeric strings as integers and leaves absent optional fields alone", () => {
    const v = new FieldValidator({ name: "  Ada ", id: "42", n: 7, ok: "true", blank: "" });
    expect(v.string("name")).toBe("Ada");
    expect(v.integer("id")).toBe(42);
    expect(v.integer("n")).toBe(7);
    expect(v.boolean("ok")).toBe(true);
    expect(v.string("absent")).toBeUndefined();
    expect(v.string("blank", { allowBlank: true })).toBeUndefined();
    expect(v.ok).toBe(true);
  });
});
