import { describe, expect, it } from "vitest";
import { buildMultipart, escapeHeaderParam } from "./multipart";

const decoder = new TextDecoder();

async function bytesOf(body: ReadableStream<Uint8Array> | Blob): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const file = new TextEncoder().encode("%PDF-1.4 fake\r\n--not-a-boundary\r\n");

describe("buildMultipart", () => {
  it("frames text fields and the file exactly, with a Content-Length equal to the bytes sent", async () => {
    const request = buildMultipart(
      [
        { name: "first_name", value: "Zoë" },
        { name: "email", value: "z@example.com" },
      ],
      { fieldName: "cv_file", body: file, filename: "cv.pdf", contentType: "application/pdf", size: file.byteLength },
      "BOUNDARY",
    );
    const bytes = await bytesOf(request.makeBody());
    expect(bytes.byteLength).toBe(request.contentLength);
    expect(request.contentType).toBe("multipart/form-data; boundary=BOUNDARY");
    expect(decoder.decode(bytes)).toBe(
      "--BOUNDARY\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\nZoë\r\n" +
        "--BOUNDARY\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nz@example.com\r\n" +
        "--BOUNDARY\r\nContent-Disposition: form-data; name=\"cv_file\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" +
        "%PDF-1.4 fake\r\n--not-a-boundary\r\n" +
        "\r\n--BOUNDARY--\r\n",
    );
  });

  it("streams a ReadableStream body with the same length and framing, once only", async () => {
    const half = file.byteLength >> 1;
    const request = buildMultipart([{ name: "folder_key", value: "cv" }], {
      fieldName: "file",
      body: streamOf([file.slice(0, half), file.slice(half)]),
      filename: "cv.pdf",
      contentType: "application/pdf",
      size: file.byteLength,
    });
    expect(request.replayable).toBe(false);
    const bytes = await bytesOf(request.makeBody());
    expect(bytes.byteLength).toBe(request.contentLength);
    expect(() => request.makeBody()).toThrow(/only once/);
  });

  it("is read back by a standard multipart parser (undici's FormData)", async () => {
    const request = buildMultipart([{ name: "email", value: "a@b.example" }], {
      fieldName: "file",
      body: new Blob([file]),
      filename: "Lebenslauf Müller.pdf",
      contentType: "application/pdf",
      size: file.byteLength,
    });
    expect(request.replayable).toBe(true);
    const form = await new Response(request.makeBody(), { headers: { "content-type": request.contentType } }).formData();
    expect(form.get("email")).toBe("a@b.example");
    const parsed = form.get("file") as File;
    expect(parsed.name).toBe("Lebenslauf Müller.pdf");
    expect(new Uint8Array(await parsed.arrayBuffer())).toEqual(file);
    // A Blob/Uint8Array body can be produced again for a retry.
    expect((await bytesOf(request.makeBody())).byteLength).toBe(request.contentLength);
  });

  it("escapes quotes and line breaks in names so they cannot inject headers or parts", async () => {
    expect(escapeHeaderParam('a"b\r\nContent-Type: text/html')).toBe("a%22b%0D%0AContent-Type: text/html");
    const request = buildMultipart([], {
      fieldName: "file",
      body: file,
      filename: 'evil".pdf\r\nX-Injected: 1',
      contentType: "application/pdf\r\nX-Other: 2",
      size: file.byteLength,
    }, "B");
    const text = decoder.decode(await bytesOf(request.makeBody()));
    expect(text).toContain('filename="evil%22.pdf%0D%0AX-Injected: 1"');
    expect(text).toContain("Content-Type: application/pdfX-Other: 2\r\n");
    expect(text.split("\r\n").filter((line) => line.startsWith("X-"))).toEqual([]);
  });

  it("refuses a declared size that does not match the bytes", async () => {
    expect(() =>
      buildMultipart([], { fieldName: "file", body: file, filename: "a.pdf", contentType: "application/pdf", size: file.byteLength + 1 }),
    ).toThrow(RangeError);
    const short = buildMultipart([], { fieldName: "file", body: streamOf([file]), filename: "a.pdf", contentType: "application/pdf", size: file.byteLength + 5 });
    await expect(bytesOf(short.makeBody())).rejects.toThrow(/size mismatch/);
    const long = buildMultipart([], { fieldName: "file", body: streamOf([file, file]), filename: "a.pdf", contentType: "application/pdf", size: file.byteLength });
    await expect(bytesOf(long.makeBody())).rejects.toThrow(/size mismatch/);
  });
});
