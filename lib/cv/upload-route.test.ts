import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GateError } from "@/lib/errors/failures";
import { RateLimitedError, TimeoutError, UpstreamError, ValidationError } from "@/lib/recruspace/errors";
import { NoActiveKeyError } from "@/lib/vault/errors";
import { CvUploadError } from "./stream-to-recruspace";
import { cvUploadFailure, serveCvUpload, type CvUploadHttpOptions } from "./upload-route";
import { recordingUpload } from "@/tests/support/recording-upload";
import { minimalPdf } from "@/tests/support/files/documents";

type Answer = { status: number; headers: http.IncomingHttpHeaders; json: unknown };

let server: http.Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function start(options: Partial<CvUploadHttpOptions> = {}) {
  const { calls: uploads, upload } = recordingUpload(77);
  server = http.createServer((req, res) => {
    void serveCvUpload(req, res, { tenantId: async () => "t1", upload: async () => upload, maxBytes: 1_000_000, ...options });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, uploads };
}

/** A raw request, so the test controls Content-Length and how much of the body is sent. */
function post(port: number, headers: Record<string, string>, body: Uint8Array, options: { method?: string; path?: string; endAfterBody?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method: options.method ?? "POST", path: options.path ?? "/api/uploads/cv", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: text ? JSON.parse(text) : null }));
    });
    request.on("error", reject);
    if (options.endAfterBody === false) request.write(body);
    else request.end(body);
  });
}

describe("serveCvUpload", () => {
  it("streams a PDF to the upload and answers 201 with no-store JSON", async () => {
    const { port, uploads } = await start();
    const pdf = minimalPdf();
    const answer = await post(port, { "content-length": String(pdf.length), "x-file-name": "Ada%20CV.pdf" }, pdf);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ documentId: "77", name: "Ada CV.pdf", size: pdf.length });
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(uploads).toEqual([{ filename: "Ada CV.pdf", contentType: "application/pdf", size: pdf.length, received: pdf.length }]);
  });

  it("takes the name from ?name= when there is no X-File-Name", async () => {
    const { port, uploads } = await start();
    const pdf = minimalPdf();
    await post(port, { "content-length": String(pdf.length) }, pdf, { path: "/api/uploads/cv?name=from-query.pdf" });
    expect(uploads[0]?.filename).toBe("from-query.pdf");
  });

  it("answers the gate's refusal before reading the body: 401 signed out, 403 forbidden", async () => {
    const signedOut = await start({ tenantId: () => Promise.reject(new GateError("unauthenticated")) });
    const pdf = minimalPdf();
    const answer = await post(signedOut.port, { "content-length": String(pdf.length) }, pdf);
    expect(answer).toMatchObject({ status: 401, json: { code: "unauthenticated", error: "Please sign in again." } });
    expect(answer.headers["cache-control"]).toBe("no-store");
    server!.close();

    const noTenant = await start({ tenantId: () => Promise.reject(new GateError("no_tenant")) });
    expect(await post(noTenant.port, { "content-length": String(pdf.length) }, pdf)).toMatchObject({ status: 403, json: { code: "forbidden" } });
  });

  it("refuses an oversize Content-Length without waiting for the body and closes the connection", async () => {
    const { port, uploads } = await start();
    // Announce 2 MB but send only the first bytes: the answer must come without the rest.
    const answer = await post(port, { "content-length": "2000000" }, minimalPdf().subarray(0, 100), { endAfterBody: false });
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ code: "too_large" });
    expect(answer.headers.connection).toBe("close");
    expect(uploads).toEqual([]);
  });

  it("refuses content that is not a CV, and the client can finish sending and read the answer", async () => {
    const { port, uploads } = await start();
    const fake = new Uint8Array(500_000).fill(0x4d);
    const answer = await post(port, { "content-length": String(fake.length), "x-file-name": "fake.pdf" }, fake);
    expect(answer).toMatchObject({ status: 415, json: { code: "wrong_type" } });
    expect(answer.headers.connection).not.toBe("close");
    expect(uploads).toEqual([]);
  });

  it("answers 405 to anything but POST", async () => {
    const { port } = await start();
    const answer = await post(port, {}, new Uint8Array(0), { method: "GET" });
    expect(answer).toMatchObject({ status: 405, json: { code: "method_not_allowed" } });
    expect(answer.headers.allow).toBe("POST");
  });
});

describe("cvUploadFailure", () => {
  it("maps each failure to the route's status, code and words", () => {
    expect(cvUploadFailure(new CvUploadError("empty", "The file is empty.", 400))).toEqual({ status: 400, code: "empty", error: "The file is empty." });
    expect(cvUploadFailure(new NoActiveKeyError())).toMatchObject({ status: 409, code: "no_api_key" });
    expect(cvUploadFailure(new ValidationError("uploadFile", { file: ["Unsupported file."] }))).toEqual({
      status: 400,
      code: "upstream_refused",
      error: "Recruspace refused the file: Unsupported file.",
    });
    expect(cvUploadFailure(new RateLimitedError("uploadFile", 30)).status).toBe(429);
    expect(cvUploadFailure(new TimeoutError("uploadFile", 1000)).status).toBe(504);
    expect(cvUploadFailure(new UpstreamError("uploadFile", 503)).status).toBe(502);
  });

  it("never passes an unexpected error's message through", () => {
    const failure = cvUploadFailure(new Error("secret detail"));
    expect(failure).toMatchObject({ status: 500, code: "internal" });
    expect(failure.error).not.toContain("secret");
  });
});
