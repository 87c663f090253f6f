import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRecruspaceClient } from "@/lib/recruspace/client";
import { minimalPdf } from "@/tests/support/files/documents";
import { CvUploadError, streamCvUpload } from "./stream-to-recruspace";

/** The CV checks while the file is already on its way to a real (local) HTTP upstream. */
const MiB = 1024 * 1024;
let server: http.Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function upstream() {
  const seen = { requests: 0, ended: false, received: 0 };
  server = http.createServer((req, res) => {
    seen.requests += 1;
    req.on("data", (chunk: Buffer) => (seen.received += chunk.byteLength));
    req.on("end", () => {
      seen.ended = true;
      res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ success: "OK", content: { id: 1, name: "cv.pdf" } }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const api = createRecruspaceClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey: "rsk_unit_cap_test",
    limiterKey: `cap-${Math.random()}`,
    onEvent: () => {},
    onDrift: () => {},
  });
  return { seen, upload: (body: Parameters<typeof api.uploadFile>[0]) => api.uploadFile(body) };
}

/** A PDF that goes on past `size` bytes (a client that lies about its length), made as it is pulled. */
function overlongPdf(size: number) {
  const head = minimalPdf();
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const part = sent === 0 ? head : new Uint8Array(256 * 1024);
        sent += part.byteLength;
        controller.enqueue(part);
        if (sent > size * 2) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

async function refusal(promise: Promise<unknown>): Promise<CvUploadError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof CvUploadError)) throw new Error(`expected a CvUploadError, got ${String(error)}`);
  return error;
}

describe("the size cap while the CV streams upstream", () => {
  it("refuses a CV that passes MAX_CV_BYTES mid-upload (413), and the upstream never gets a whole request", async () => {
    const { seen, upload } = await upstream();
    const maxBytes = 4 * MiB;
    const error = await refusal(streamCvUpload({ body: overlongPdf(maxBytes), filename: "cv.pdf", contentLength: String(maxBytes), maxBytes, upload }));
    expect([error.status, error.code]).toEqual([413, "too_large"]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.requests).toBe(1);
    expect(seen.ended).toBe(false);
    expect(seen.received).toBeGreaterThan(0);
    expect(seen.received).toBeLessThanOrEqual(maxBytes + 1024);
  });

  it("refuses a CV that sends more than it declared mid-upload (400), and the upstream never gets a whole request", async () => {
    const { seen, upload } = await upstream();
    const error = await refusal(streamCvUpload({ body: overlongPdf(MiB), filename: "cv.pdf", contentLength: String(MiB), maxBytes: 4 * MiB, upload }));
    expect([error.status, error.code]).toEqual([400, "length_mismatch"]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.ended).toBe(false);
  });
});
