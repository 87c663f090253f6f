import { describe, expect, it } from "vitest";
import { forEachChunk } from "./testing/read-stream";
import { checkDeclaredLength, countingStream, CvSizeError } from "./upload-stream";

function source(chunks: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>) {
  let bytes = 0;
  try {
    await forEachChunk(stream, (chunk) => (bytes += chunk.length));
    return { bytes, error: null };
  } catch (error) {
    return { bytes, error };
  }
}

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

describe("countingStream", () => {
  it("passes bytes up to the limit", async () => {
    const counter = countingStream(1000);
    expect(await drain(source([400, 600]).pipeThrough(counter))).toEqual({ bytes: 1000, error: null });
    expect(counter.bytes()).toBe(1000);
  });

  it("errors as soon as the limit is passed, without reading the rest", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(256));
      },
    });
    const { bytes, error } = await drain(endless.pipeThrough(countingStream(1000)));
    expect(error).toBeInstanceOf(CvSizeError);
    expect((error as CvSizeError).code).toBe("too_large");
    expect(bytes).toBeLessThanOrEqual(1000);
    expect(pulled).toBeLessThan(20);
  });

  it("errors when the body is longer than its Content-Length said", async () => {
    const { error } = await drain(source([500, 500]).pipeThrough(countingStream(10_000, 600)));
    expect((error as CvSizeError).code).toBe("length_mismatch");
  });

  it("errors when the body is cut short of its Content-Length", async () => {
    const { error } = await drain(source([500]).pipeThrough(countingStream(10_000, 600)));
    expect((error as CvSizeError).code).toBe("length_mismatch");
  });
});
