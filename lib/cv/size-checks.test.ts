import { describe, expect, it } from "vitest";
import { ByteCounter, checkDeclaredLength, CvSizeError } from "./size-checks";

describe("checkDeclaredLength", () => {
  it("accepts a size within the limit", () => {
    expect(checkDeclaredLength("1000", 1000)).toBe(1000);
  });

  it("rejects early: over the limit (413), missing (411), zero, not a number", () => {
    const cases: [string | null, number, string][] = [
      ["1001", 413, "too_large"],
      [null, 411, "length_required"],
      ["", 411, "length_required"],
      ["0", 400, "empty"],
      ["12abc", 400, "length_required"],
      ["-5", 400, "length_required"],
      ["99999999999999999999", 400, "length_required"],
    ];
    for (const [header, status, code] of cases) {
      try {
        checkDeclaredLength(header, 1000);
        expect.unreachable(`accepted ${header}`);
      } catch (error) {
        expect(error).toBeInstanceOf(CvSizeError);
        expect((error as CvSizeError).status).toBe(status);
        expect((error as CvSizeError).code).toBe(code);
      }
    }
  });

  it("states the limit in words", () => {
    expect(() => checkDeclaredLength(String(21 * 1024 * 1024), 20 * 1024 * 1024)).toThrow(/20 MB limit/);
  });
});

describe("ByteCounter", () => {
  it("counts bytes up to the limit", () => {
    const counter = new ByteCounter(1000);
    counter.count(new Uint8Array(400));
    counter.count(new Uint8Array(600));
    counter.finish();
    expect(counter.bytes).toBe(1000);
  });

  it("throws as soon as the limit is passed", () => {
    const counter = new ByteCounter(1000);
    counter.count(new Uint8Array(900));
    expect(() => counter.count(new Uint8Array(256))).toThrow(expect.objectContaining({ code: "too_large", status: 413 }));
  });

  it("throws when the body is longer than its Content-Length said", () => {
    const counter = new ByteCounter(10_000, 600);
    counter.count(new Uint8Array(500));
    expect(() => counter.count(new Uint8Array(500))).toThrow(expect.objectContaining({ code: "length_mismatch", status: 400 }));
  });

  it("throws at the end when the body is cut short of its Content-Length", () => {
    const counter = new ByteCounter(10_000, 600);
    counter.count(new Uint8Array(500));
    expect(() => counter.finish()).toThrow(expect.objectContaining({ code: "length_mismatch" }));
  });
});
