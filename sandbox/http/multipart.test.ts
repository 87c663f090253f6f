import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundaryFromContentType, MultipartError, parseMultipart } from "./multipart";

function encode(boundary: string, parts: { name: string; filename?: string; type?: string; data: Buffer | string }[]): Buffer {
  const chunks: Buffer[] = [Buffer.from("preamble to ignore\r\n")];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

describe("boundaryFromContentType", () => {
  it("reads plain and quoted boundaries and refuses other types", () => {
    expect(boundaryFromContentType("multipart/form-data; boundary=abc123")).toBe("abc123");
    expect(boundaryFromContentType('multipart/form-data; charset=utf-8; boundary="a b"')).toBe("a b");
    expect(boundaryFromContentType("application/json")).toBeNull();
    expect(boundaryFromContentType("multipart/form-data")).toBeNull();
    expect(boundaryFromContentType(undefined)).toBeNull();
  });
});

describe("parseMultipart", () => {
  it("separates text fields from files and keeps binary bytes intact", () => {
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255, 13, 10]);
    const form = parseMultipart(
      encode("XyZ", [
        { name: "first_name", data: "Zoë" },
        { name: "cv_file", filename: "cv.pdf", type: "application/pdf", data: bytes },
      ]),
      "XyZ",
    );
    expect(form.fields).toEqual({ first_name: "Zoë" });
    expect(form.files.cv_file?.filename).toBe("cv.pdf");
    expect(form.files.cv_file?.contentType).toBe("application/pdf");
    expect(form.files.cv_file?.data.equals(bytes)).toBe(true);
  });

  it("accepts an empty file and RFC 5987 file names", () => {
    const body = Buffer.from(
      `--b\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\r\n\r\n\r\n--b--`,
    );
    const form = parseMultipart(body, "b");
    expect(form.files.file?.filename).toBe("résumé.pdf");
    expect(form.files.file?.data.length).toBe(0);
  });

  it("rejects bodies without the boundary, unterminated parts and nameless parts", () => {
    expect(() => parseMultipart(Buffer.from("nothing here"), "b")).toThrow(MultipartError);
    expect(() => parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'), "b")).toThrow(MultipartError);
    expect(() => parseMultipart(Buffer.from("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--"), "b")).toThrow(MultipartError);
  });

  it("round-trips arbitrary fields and file bytes", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), fc.string({ maxLength: 40 }).filter((s) => !s.includes("--boundary")), { maxKeys: 5 }),
        fc.uint8Array({ maxLength: 300 }),
        (fields, file) => {
          const boundary = "----boundary7MA4YWxkTrZu0gW";
          const parts = [...Object.entries(fields).map(([name, data]) => ({ name, data })), { name: "upload", filename: "f.bin", data: Buffer.from(file) }];
          const form = parseMultipart(encode(boundary, parts), boundary);
          expect(form.fields).toEqual(Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "upload")));
          expect(Buffer.compare(form.files.upload!.data, Buffer.from(file))).toBe(0);
        },
      ),
    );
  });
});
