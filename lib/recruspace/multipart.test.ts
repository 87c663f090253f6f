import { describe, expect, it } from "vitest";
import { buildMultipart, buildMultipartWithFiles, escapeHeaderParam, UploadSizeMismatchError } from "./multipart";

const decoder = new TextDecoder();

async function bytesOf(body: ReadableStream<Uint8Array> | Blob): Promise<Uint8Array<ArrayBuffer>> {
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

describe("buildMultipartWithFiles", () => {
  const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const fields = [
    { name: "email", value: "a@b.example" },
    { name: "answers", value: '[{"job_post_question":{"id":1,"question_key":"Photo"}}]' },
  ];

  it("frames several streamed files one after the other, with an exact Content-Length", async () => {
    const request = buildMultipartWithFiles({
      fields,
      files: [
        { fieldName: "answers[0].answer_file", body: streamOf([photo.slice(0, 4), photo.slice(4)]), filename: "me.png", contentType: "image/png", size: photo.byteLength },
        { fieldName: "answers[1].answer_file", body: streamOf([file]), filename: "cv.pdf", contentType: "application/pdf", size: file.byteLength },
      ],
      mismatchField: "answers",
      boundary: "B",
    });
    expect(request.replayable).toBe(false);
    expect(request.fileField).toBe("answers");
    const bytes = await bytesOf(request.makeBody());
    expect(bytes.byteLength).toBe(request.contentLength);
    const form = await new Response(bytes, { headers: { "content-type": request.contentType } }).formData();
    expect(form.get("email")).toBe("a@b.example");
    expect(form.get("answers")).toBe(fields[1]!.value);
    expect(new Uint8Array(await (form.get("answers[0].answer_file") as File).arrayBuffer())).toEqual(photo);
    expect(new Uint8Array(await (form.get("answers[1].answer_file") as File).arrayBuffer())).toEqual(file);
    expect((form.get("answers[1].answer_file") as File).name).toBe("cv.pdf");
  });

  it("gives the single-file builder's exact bytes for one file", async () => {
    const one = { fieldName: "file", body: file, filename: "cv.pdf", contentType: "application/pdf", size: file.byteLength };
    const single = await bytesOf(buildMultipart(fields, one, "B").makeBody());
    const several = await bytesOf(buildMultipartWithFiles({ fields, files: [one], mismatchField: "file", boundary: "B" }).makeBody());
    expect(several).toEqual(single);
  });

  it("is replayable when every file is in memory, and streams a mix of Blob and stream files", async () => {
    const inMemory = buildMultipartWithFiles({
      fields,
      files: [
        { fieldName: "a", body: new Blob([photo]), filename: "a.png", contentType: "image/png", size: photo.byteLength },
        { fieldName: "b", body: file, filename: "b.pdf", contentType: "application/pdf", size: file.byteLength },
      ],
      mismatchField: "answers",
    });
    expect(inMemory.replayable).toBe(true);
    expect((await bytesOf(inMemory.makeBody())).byteLength).toBe(inMemory.contentLength);
    expect((await bytesOf(inMemory.makeBody())).byteLength).toBe(inMemory.contentLength);

    const mixed = buildMultipartWithFiles({
      fields: [],
      files: [
        { fieldName: "a", body: new Blob([photo]), filename: "a.png", contentType: "image/png", size: photo.byteLength },
        { fieldName: "b", body: streamOf([file]), filename: "b.pdf", contentType: "application/pdf", size: file.byteLength },
        { fieldName: "c", body: new Uint8Array(0), filename: "empty.txt", contentType: "", size: 0 },
      ],
      mismatchField: "answers",
    });
    const form = await new Response(mixed.makeBody(), { headers: { "content-type": mixed.contentType } }).formData();
    expect(new Uint8Array(await (form.get("a") as File).arrayBuffer())).toEqual(photo);
    expect(new Uint8Array(await (form.get("b") as File).arrayBuffer())).toEqual(file);
    expect((form.get("c") as File).size).toBe(0);
  });

  it("frames text fields alone when there is no file", async () => {
    const request = buildMultipartWithFiles({ fields, files: [], mismatchField: "answers", boundary: "B" });
    const bytes = await bytesOf(request.makeBody());
    expect(bytes.byteLength).toBe(request.contentLength);
    expect(decoder.decode(bytes).endsWith(`${fields[1]!.value}\r\n--B--\r\n`)).toBe(true);
    expect((await new Response(bytes, { headers: { "content-type": request.contentType } }).formData()).get("email")).toBe("a@b.example");
  });

  it("refuses any file whose bytes do not match its declared size, naming its part", async () => {
    expect(() =>
      buildMultipartWithFiles({
        fields,
        files: [
          { fieldName: "a", body: photo, filename: "a.png", contentType: "image/png", size: photo.byteLength },
          { fieldName: "b", body: file, filename: "b.pdf", contentType: "application/pdf", size: file.byteLength - 1 },
        ],
        mismatchField: "answers",
      }),
    ).toThrow(/^b: size mismatch/);
    const secondShort = buildMultipartWithFiles({
      fields,
      files: [
        { fieldName: "a", body: streamOf([photo]), filename: "a.png", contentType: "image/png", size: photo.byteLength },
        { fieldName: "b", body: streamOf([file]), filename: "b.pdf", contentType: "application/pdf", size: file.byteLength + 3 },
      ],
      mismatchField: "answers",
    });
    const short = await bytesOf(secondShort.makeBody()).catch((error: unknown) => error);
    expect(short).toBeInstanceOf(UploadSizeMismatchError);
    expect((short as Error).message).toMatch(/^b: size mismatch: declared \d+, streamed \d+/);
    const firstLong = buildMultipartWithFiles({
      fields,
      files: [
        { fieldName: "a", body: streamOf([photo, photo]), filename: "a.png", contentType: "image/png", size: photo.byteLength },
        { fieldName: "b", body: streamOf([file]), filename: "b.pdf", contentType: "application/pdf", size: file.byteLength },
      ],
      mismatchField: "answers",
    });
    await expect(bytesOf(firstLong.makeBody())).rejects.toThrow(/^a: size mismatch/);
  });

  it("reads each file only when the request pulls (backpressure)", async () => {
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1;
          if (pulled > 3) return controller.close();
          controller.enqueue(new Uint8Array(10));
        },
      },
      { highWaterMark: 0 },
    );
    const request = buildMultipartWithFiles({
      fields: [],
      files: [{ fieldName: "a", body: source, filename: "a.bin", contentType: "application/octet-stream", size: 30 }],
      mismatchField: "answers",
    });
    const reader = (request.makeBody() as ReadableStream<Uint8Array>).getReader();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    await reader.read(); // the part's head
    await tick();
    expect(pulled).toBe(0);
    await reader.read();
    await tick();
    expect(pulled).toBe(1);
    reader.releaseLock();
  });
});
