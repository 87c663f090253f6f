import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApplicationUploadError, readFraming, SizedParts } from "./application-body";
import { applicationBody, MAX_ENVELOPE_BYTES } from "./application-upload";

/** A stream of `bytes` cut at the given offsets, pulled one chunk at a time; counts the pulls. */
function chunked(bytes: Uint8Array, cuts: number[] = []) {
  const edges = [...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < bytes.byteLength), bytes.byteLength])].sort((a, b) => a - b);
  let next = 0;
  const counter = { pulls: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulls += 1;
        if (next >= edges.length - 1) return controller.close();
        controller.enqueue(bytes.slice(edges[next], edges[next + 1]));
        next += 1;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("the application upload body", () => {
  it("is read back as the envelope and each file, however the bytes are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 12 }),
        async (files, cuts) => {
          const values = { firstName: "Zoë", answers: { q1: "“quoted” ✓" } };
          const { body, envelopeLength } = applicationBody(values, files.map((file, i) => ({ name: `q${i}`, file: new Blob([file]) })));
          const parts = new SizedParts(chunked(new Uint8Array(await body.arrayBuffer()), cuts).stream);
          const envelope = JSON.parse(new TextDecoder().decode(await parts.read(envelopeLength)));
          expect(envelope).toEqual({ values, files: files.map((_, i) => `q${i}`) });
          for (const file of files) expect(await bytesOf(parts.stream(file.byteLength))).toEqual(file);
          expect(parts.failure).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads a file's part only as fast as its consumer pulls", async () => {
    const file = new Uint8Array(40).fill(7);
    const { stream, counter } = chunked(file, [10, 20, 30]);
    const reader = new SizedParts(stream).stream(40).getReader();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    await tick();
    expect(counter.pulls).toBe(0);
    await reader.read();
    await tick();
    expect(counter.pulls).toBe(1);
  });

  it("says the body broke off when it ends before a part does", async () => {
    const parts = new SizedParts(chunked(new Uint8Array(10)).stream);
    await expect(bytesOf(parts.stream(12))).rejects.toBeInstanceOf(ApplicationUploadError);
    expect((parts.failure as ApplicationUploadError).reason).toBe("cut_short");

    const broken = new SizedParts(
      new ReadableStream({
        pull: (controller) => controller.error(Object.assign(new Error("reset"), { code: "ECONNRESET" })),
      }),
    );
    await expect(broken.read(5)).rejects.toMatchObject({ reason: "cut_short" });
  });
});

describe("readFraming", () => {
  it("takes the two lengths", () => {
    expect(readFraming("1200", "200")).toEqual({ contentLength: 1200, envelopeLength: 200 });
  });

  it("refuses a missing or odd Content-Length (411) and an envelope length that cannot be right (400)", () => {
    for (const contentLength of [null, "", "12abc", "-1", "1e3"]) {
      expect(() => readFraming(contentLength, "10"), String(contentLength)).toThrow(expect.objectContaining({ reason: "length_required", status: 411 }));
    }
    for (const envelope of [null, "", "0", "x", String(MAX_ENVELOPE_BYTES + 1)]) {
      expect(() => readFraming(String(MAX_ENVELOPE_BYTES * 4), envelope), String(envelope)).toThrow(expect.objectContaining({ reason: "envelope_invalid", status: 400 }));
    }
    expect(() => readFraming("100", "101")).toThrow(expect.objectContaining({ reason: "envelope_invalid" }));
  });
});
