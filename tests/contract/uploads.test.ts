import http from "node:http";
import { describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "../../sandbox/seed-data";
import { docBytes, docxBytes, fileForm, pdfBytes, textPretendingToBePdf } from "../support/files/documents";
import { fileSchema } from "../support/contract/shapes";
import { call, LIVE, useTarget } from "../support/contract/target";

const UPLOAD = "/api/v1/utilities/upload-file/";

describe.skipIf(LIVE)("Upload File (sandbox)", () => {
  const target = useTarget({ maxUploadBytes: 64 * 1024 });

  it.each([
    ["PDF", pdfBytes, "application/pdf"],
    ["DOC", docBytes, "application/msword"],
    ["DOCX", docxBytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ] as const)("%s → 201 {success:'OK', content: File} typed by content", async (_label, bytes, type) => {
    const response = await call(target, UPLOAD, { method: "POST", form: fileForm("file", bytes(), "upload.bin", { folder_key: "cv" }, "text/plain") });
    expect(response.status).toBe(201);
    expect(response.body.success).toBe("OK");
    const file = fileSchema.parse(response.body.content);
    expect(file).toMatchObject({ name: "upload.bin", type, file_size: bytes().length });
  });

  it("refuses a file whose bytes are not PDF/DOC/DOCX, and a missing file", async () => {
    const fake = await call(target, UPLOAD, { method: "POST", form: fileForm("file", textPretendingToBePdf(), "cv.pdf") });
    expect(fake.status).toBe(400);
    expect(fake.body).toEqual({ file: ["Unsupported file type. Upload a PDF, DOC or DOCX file."] });
    const form = new FormData();
    form.append("folder_key", "cv");
    expect((await call(target, UPLOAD, { method: "POST", form })).body).toEqual({ file: ["No file was submitted."] });
    const empty = await call(target, UPLOAD, { method: "POST", form: fileForm("file", new Uint8Array(), "cv.pdf") });
    expect(empty.body).toEqual({ file: ["The submitted file is empty."] });
  });

  it("refuses a file over the size limit with 400 on the field", async () => {
    const big = new Uint8Array(Buffer.concat([Buffer.from(pdfBytes()), Buffer.alloc(200 * 1024)]));
    const response = await call(target, UPLOAD, { method: "POST", form: fileForm("file", big, "big.pdf") });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ file: ["File too large. Maximum size is 64 KB."] });
  });

  it("answers an oversize upload before the body has been sent (Content-Length)", async () => {
    const url = new URL(`${target.baseUrl}${UPLOAD}`);
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(50 * 1024 * 1024) } },
        (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => {
            resolve({ status: res.statusCode ?? 0, body });
            req.destroy();
          });
        },
      );
      req.on("error", reject);
      req.write("--x\r\n"); // only a few bytes of the announced 50 MB
    });
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toEqual({ file: ["File too large. Maximum size is 64 KB."] });
  });

  it("an uploaded document belongs to the uploading company: another company cannot use its id", async () => {
    const file = (await call(target, UPLOAD, { method: "POST", form: fileForm("file", pdfBytes(), "cv.pdf") })).body.content;
    const globexPool = (await call(target, "/api/v1/client/talent-pools/", { key: SANDBOX_KEYS.globex })).body[0];
    const response = await call(target, "/api/v1/client/candidates/manual-add/", {
      method: "POST",
      key: SANDBOX_KEYS.globex,
      json: { email: "someone@example.test", first_name: "A", last_name: "B", cv: String(file.id), talent_pool_id: globexPool.id },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ cv: ["Invalid document id."] });
  });

  it("a body that is not multipart → 415; a broken multipart body → 400", async () => {
    expect((await call(target, UPLOAD, { method: "POST", json: { file: "x" } })).status).toBe(415);
    const broken = await fetch(`${target.baseUrl}${UPLOAD}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${target.apiKey}`, "Content-Type": "multipart/form-data; boundary=abc" },
      body: "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 never closed",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { detail: string }).detail).toMatch(/^Multipart form parse error/);
  });
});

describe.skipIf(LIVE)("presigned file URLs (sandbox, controllable clock)", () => {
  let now = Date.UTC(2026, 0, 1);
  const target = useTarget({ presignTtlSeconds: 60, now: () => now });

  it("the presigned URL serves the bytes, refuses tampering (403) and expires (403)", async () => {
    const bytes = pdfBytes("Presigned");
    const file = fileSchema.parse((await call(target, UPLOAD, { method: "POST", form: fileForm("file", bytes, "mine.pdf") })).body.content);
    const ok = await fetch(file.presigned_url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    const tampered = new URL(file.presigned_url);
    tampered.searchParams.set("expires", String(Number(tampered.searchParams.get("expires")) + 3600));
    const refused = await fetch(tampered);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ detail: "Signature does not match." });
    const otherName = file.presigned_url.replace("/mine.pdf?", "/other.pdf?");
    expect((await fetch(otherName)).status).toBe(403);

    now += 61_000;
    const expired = await fetch(file.presigned_url);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ detail: "Request has expired." });
  });
});
