import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createRecruspaceClient } from "./client";
import { NetworkError, TimeoutError, ValidationError } from "./errors";

/**
 * Uploads through Node's HTTP client (./node-send.ts, used by ./http.ts for multipart) against
 * local servers that misbehave the ways a real upstream can: stop reading, hang up, answer early.
 */
const API_KEY = "rsk_unit_SECRET_node_send_5f0c1e8a9b";
const MiB = 1024 * 1024;

let servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

type Upstream = { baseUrl: string; requests: { ended: boolean; received: number }[] };

async function upstream(handle: (req: IncomingMessage, res: ServerResponse, record: { ended: boolean; received: number }) => void): Promise<Upstream> {
  const requests: Upstream["requests"] = [];
  const server = http.createServer((req, res) => {
    const record = { ended: false, received: 0 };
    requests.push(record);
    req.on("end", () => (record.ended = true));
    handle(req, res, record);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A PDF-looking stream of `size` bytes, made only as it is pulled; says how much was pulled and whether it was cancelled. */
function lazyFile(size: number, chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= size) return controller.close();
        const part = new Uint8Array(Math.min(chunk, size - state.pulled));
        state.pulled += part.byteLength;
        controller.enqueue(part);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { state, file: { body, filename: "cv.pdf", contentType: "application/pdf", size } };
}

function client(baseUrl: string, uploadTimeoutMs = 5_000) {
  return createRecruspaceClient({ baseUrl, apiKey: API_KEY, limiterKey: `node-send-${Math.random()}`, uploadTimeoutMs, onEvent: () => {}, onDrift: () => {} });
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the upload to fail");
}

function expectNoKey(error: unknown) {
  const text = inspect(error, { depth: 10, showHidden: true }) + JSON.stringify(error) + String(error);
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain("Bearer");
}

describe("uploads through node:http", () => {
  it("sends a streamed file whole, with its exact Content-Length and the key only in the header", async () => {
    let headers: IncomingMessage["headers"] = {};
    const api = await upstream((req, res, record) => {
      headers = req.headers;
      req.on("data", (chunk: Buffer) => (record.received += chunk.byteLength));
      req.on("end", () => res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ success: "OK", content: { id: 9, name: "cv.pdf" } })));
    });
    const { file } = lazyFile(3 * MiB);
    const uploaded = await client(api.baseUrl).uploadFile({ ...file, folderKey: "cv" });
    expect(uploaded.id).toBe("9");
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(api.requests[0]).toEqual({ ended: true, received: Number(headers["content-length"]) });
  });

  it("times out on an upstream that stops reading, without reading the file ahead, and sends the POST once", async () => {
    const api = await upstream((req) => req.pause());
    const { state, file } = lazyFile(64 * MiB);
    const started = Date.now();
    const error = await caught(client(api.baseUrl, 400).uploadFile(file));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
    expectNoKey(error);
    // Only what the socket buffers could take was read from the file: the rest waited (backpressure).
    expect(state.pulled).toBeLessThan(16 * MiB);
    expect(state.cancelled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(1);
  });

  it("fails with NetworkError when the upstream hangs up mid-upload, and sends the POST once", async () => {
    const api = await upstream((req) => req.once("data", () => req.socket.destroy()));
    const { state, file } = lazyFile(32 * MiB);
    const error = await caught(client(api.baseUrl).uploadFile(file));
    expect(error).toBeInstanceOf(NetworkError);
    expectNoKey(error);
    expect(state.pulled).toBeLessThan(32 * MiB);
    expect(state.cancelled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(1);
  });

  it("reads an answer that comes before the file was sent whole and stops sending", async () => {
    const api = await upstream((_req, res) => {
      res.writeHead(400, { "Content-Type": "application/json", Connection: "close" });
      res.end(JSON.stringify({ file: ["The file is too large."] }));
    });
    const { state, file } = lazyFile(64 * MiB);
    const error = (await caught(client(api.baseUrl).uploadFile(file))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ file: ["The file is too large."] });
    expect(state.pulled).toBeLessThan(64 * MiB);
    expect(state.cancelled).toBe(true);
  });

  it("aborts the request when the file's stream fails, so the upstream never sees a whole body", async () => {
    const api = await upstream((req, _res, record) => req.on("data", (chunk: Buffer) => (record.received += chunk.byteLength)));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 2 * MiB) return controller.error(new Error("the browser went away"));
        sent += 256 * 1024;
        controller.enqueue(new Uint8Array(256 * 1024));
      },
    });
    const error = await caught(client(api.baseUrl).uploadFile({ body, filename: "cv.pdf", contentType: "application/pdf", size: 4 * MiB }));
    expect(error).toBeInstanceOf(NetworkError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.ended).toBe(false);
  });
});
