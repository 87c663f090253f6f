import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeFailure } from "@/lib/errors/describe";
import { createRecruspaceClient, DEFAULT_MAX_RESPONSE_BYTES, type RecruspaceEvent } from "./client";
import {
  ConflictError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from "./errors";

/**
 * The client against a scripted local HTTP server: each test queues the answers the "API" gives, the
 * server records what the client really sent.
 */
const API_KEY = "rsk_unit_SECRET_e3b0c44298fc1c149afbf4c8996fb924";

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer };
type Answer = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: http.Server;
let baseUrl: string;
let script: Answer[] = [];
let seen: Seen[] = [];

const jsonAnswer =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const record = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(record);
      const answer = script.shift() ?? jsonAnswer(500, { detail: "no scripted answer" });
      answer(req, res, record);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  script = [];
  seen = [];
});

let limiterSeq = 0;
function client(overrides: Partial<Parameters<typeof createRecruspaceClient>[0]> = {}) {
  const events: RecruspaceEvent[] = [];
  const instance = createRecruspaceClient({
    baseUrl,
    apiKey: API_KEY,
    limiterKey: `unit-${++limiterSeq}`,
    timeoutMs: 1000,
    backoff: { baseMs: 5, capMs: 20 },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { api: instance, events };
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

function expectNoKey(error: unknown) {
  const text = inspect(error, { depth: 10, showHidden: true }) + JSON.stringify(error) + String(error);
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain("Bearer");
}

const pool = { id: 5, name: "Backend", candidate_count: 2, created_by: null, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };

describe("requests", () => {
  it("sends the bearer key, keeps trailing slashes and clamps page_size", async () => {
    script.push(jsonAnswer(200, { count: 0, results: [] }));
    const { api, events } = client();
    const page = await api.listTalentPoolCandidates(5, { page: 2, page_size: 500 });
    expect(page).toEqual({ count: 0, next: null, previous: null, results: [], skipped: 0 });
    expect(seen[0]?.url).toBe("/api/v1/client/talent-pools/5/candidates/?page=2&page_size=100");
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(events).toEqual([
      expect.objectContaining({ type: "request", operation: "listTalentPoolCandidates", method: "GET", path: "/api/v1/client/talent-pools/5/candidates/", status: 200, attempt: 1, outcome: "ok" }),
    ]);
    expect(JSON.stringify(events)).not.toContain(API_KEY);
  });

  it("keeps the query (an email) out of events", async () => {
    script.push(jsonAnswer(200, [{ id: 1, email: "jane@x.example" }]));
    const { api, events } = client();
    expect(await api.searchCandidatesByEmail("jane@")).toEqual({ items: [{ id: 1, email: "jane@x.example" }], skipped: 0 });
    expect(seen[0]?.url).toBe("/api/v1/client/candidates/search-by-email/?email=jane%40");
    expect(JSON.stringify(events)).not.toContain("jane");
  });

  it("fetches every page when a documented array comes back as an envelope", async () => {
    script.push(jsonAnswer(200, { count: 3, next: `${baseUrl}api/v1/client/talent-pools/?page=2`, previous: null, results: [pool, { ...pool, id: 6 }] }));
    script.push(jsonAnswer(200, { count: 3, previous: "x", results: [{ ...pool, id: 7 }] }));
    const { api } = client();
    expect((await api.listTalentPools()).items.map((p) => p.id)).toEqual([5, 6, 7]);
    expect(seen.map((s) => s.url)).toEqual(["/api/v1/client/talent-pools/", "/api/v1/client/talent-pools/?page=2"]);
  });

  it("takes a 204 update as a success without a body (no second request); DELETE resolves on 204", async () => {
    script.push(jsonAnswer(204, undefined));
    const { api } = client();
    expect(await api.updateTalentPool(5, { name: "Renamed" })).toEqual({ status: 204, value: null });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("PATCH");
    expect(JSON.parse(seen[0]?.body.toString() ?? "")).toEqual({ name: "Renamed" });
    script.push(jsonAnswer(204, undefined));
    await expect(api.deleteTalentPool(5)).resolves.toBeUndefined();
    expect(seen[1]?.method).toBe("DELETE");
    expect(seen[1]?.url).toBe("/api/v1/client/talent-pools/5/");
  });

  it("refuses a bad id before sending anything", async () => {
    const { api } = client();
    expect(await caught(api.getCandidate(0))).toBeInstanceOf(ValidationError);
    expect(await caught(api.getCandidate(1.5))).toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe("errors", () => {
  it("maps statuses to typed errors naming the operation", async () => {
    const { api } = client();
    script.push(jsonAnswer(400, { answers: { Phone: ["This question is required."] }, email: ["Enter a valid email address."] }));
    const validation = (await caught(api.applyToJobPost("abc", { email: "x", first_name: "a", last_name: "b", answers: [] }))) as ValidationError;
    expect(validation).toBeInstanceOf(ValidationError);
    expect(validation.operation).toBe("applyToJobPost");
    expect(validation.fieldErrors).toEqual({ "answers.Phone": ["This question is required."], email: ["Enter a valid email address."] });

    script.push(jsonAnswer(401, { detail: "Authentication credentials were not provided." }));
    expect(await caught(api.listCompanyUsers())).toBeInstanceOf(UnauthorizedError);
    script.push(jsonAnswer(404, { detail: "Not found." }));
    expect(await caught(api.getJobPost("nope"))).toBeInstanceOf(NotFoundError);
    script.push(jsonAnswer(409, { detail: "This tag already exists on the candidate." }));
    const conflict = (await caught(api.addTag({ candidate_id: 1, title: "x" }))) as ConflictError;
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.detail).toBe("This tag already exists on the candidate.");
  });

  it("reports a body that is not JSON or not the documented shape as MalformedResponseError", async () => {
    const { api } = client();
    script.push((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"count": 3, "results": [{"id": 1, "na');
    });
    expect(await caught(api.listJobPosts())).toBeInstanceOf(MalformedResponseError);
    // A documented, required field of another shape fails the answer, named by its path…
    script.push(jsonAnswer(200, { count: "1", next: null, previous: null, results: [{ hash: "h", title: "T", status: "draft" }] }));
    const error = (await caught(api.listJobPosts())) as MalformedResponseError;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.operation).toBe("listJobPosts");
    expect(error.issues).toContain("count");
    // …while an inferred field of another shape is only unknown.
    script.push(jsonAnswer(200, { count: 1, next: null, previous: null, results: [{ hash: "h", title: 42, status: "draft" }] }));
    expect((await api.listJobPosts()).results[0]).toMatchObject({ hash: "h", title: null, status: "draft" });
  });

  it("never lets the key into an error, even when the server echoes it", async () => {
    const { api } = client();
    const echo = `token ${API_KEY} is odd`;
    script.push(jsonAnswer(400, { title: [echo], detail: echo }));
    const validation = await caught(api.addTag({ candidate_id: 1, title: "x" }));
    expectNoKey(validation);
    expect(JSON.stringify((validation as ValidationError).fieldErrors)).toContain("[redacted]");
    script.push(jsonAnswer(409, { detail: echo }));
    expectNoKey(await caught(api.addNote({ candidate_id: 1, text: "x" })));
    script.push(jsonAnswer(404, { detail: echo }));
    expectNoKey(await caught(api.getCandidate(1)));
    script.push(jsonAnswer(200, { [API_KEY]: true }));
    expectNoKey(await caught(api.getCandidate(1)));
    script.push(jsonAnswer(401, { detail: echo }));
    expectNoKey(await caught(api.getCandidate(1)));
  });

  it("never lets the key out of a failing fetch implementation", async () => {
    const { api } = client({
      fetch: async () => {
        throw new TypeError(`Headers.append: "Bearer ${API_KEY}" is an invalid header value`, { cause: { code: "ERR_INVALID_ARG" } });
      },
      maxGetRetries: 0,
    });
    const error = await caught(api.listTalentPools());
    expect(error).toBeInstanceOf(NetworkError);
    expectNoKey(error);
  });

  it("never sends a key that cannot be a header value; calls fail as 401 without quoting it", async () => {
    for (const bad of [`${API_KEY}\n`, `${API_KEY} x`, ""]) {
      const { api } = client({ apiKey: bad });
      const error = await caught(api.listTalentPools());
      expect(error).toBeInstanceOf(UnauthorizedError);
      expectNoKey(error);
    }
    expect(seen).toHaveLength(0);
  });

  it("does not follow redirects (the key would travel with them)", async () => {
    script.push(jsonAnswer(302, {}, { Location: "http://127.0.0.2:1/steal" }));
    const { api } = client();
    const error = await caught(api.listCompanyOffices());
    expect(error).toBeInstanceOf(UpstreamError);
    expect(seen).toHaveLength(1);
  });
});

describe("answer size limit", () => {
  const CHUNK = 64 * 1024;

  /** A fetch whose answer is an endless JSON array, produced only when read; counts the bytes handed out. */
  function endlessAnswer(headers: Record<string, string> = {}) {
    const state = { produced: 0, cancelled: false };
    const fetchEndless: typeof fetch = async () => {
      const chunk = new TextEncoder().encode(`${'{"id":1,"name":"pool"},'.repeat(CHUNK / 24)}`);
      let first = true;
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            const bytes = first ? new Uint8Array([0x5b, ...chunk]) : chunk;
            first = false;
            state.produced += bytes.byteLength;
            controller.enqueue(bytes);
          },
          cancel() {
            state.cancelled = true;
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(body, { status: 200, headers: { "Content-Type": "application/json", ...headers } });
    };
    return { state, fetchEndless };
  }

  it("defaults to 5 MiB", () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(5 * 1024 * 1024);
  });

  it("stops reading an endless answer at the limit: unreadable, in the shape words, memory bounded", async () => {
    const { state, fetchEndless } = endlessAnswer();
    const maxResponseBytes = 1024 * 1024;
    const { api } = client({ fetch: fetchEndless, maxResponseBytes, timeoutMs: 5000 });
    const error = (await caught(api.listTalentPools())) as MalformedResponseError;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.issues).toBe(`the body is longer than ${maxResponseBytes} bytes`);
    expect(describeFailure(error)).toMatchObject({ code: "upstream_shape", status: 502, fixedBy: "admin" });
    // Read no further than the limit plus the chunk that crossed it, and the rest was cancelled.
    expect(state.produced).toBeLessThanOrEqual(maxResponseBytes + CHUNK + 1);
    expect(state.cancelled).toBe(true);
  });

  it("refuses an announced length over the limit without reading the body", async () => {
    const { state, fetchEndless } = endlessAnswer({ "Content-Length": String(50 * 1024 * 1024) });
    const { api } = client({ fetch: fetchEndless, maxResponseBytes: 1024 * 1024 });
    expect(await caught(api.getCandidate(1))).toBeInstanceOf(MalformedResponseError);
    expect(state.produced).toBe(0);
  });

  it("over HTTP: a never-ending answer is cut off at the limit and the connection closed", async () => {
    let written = 0;
    let closed = false;
    script.push((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      const piece = Buffer.from(`[${'{"id":1},'.repeat(8 * 1024)}`);
      const pump = () => {
        while (!closed && res.write(piece)) written += piece.length;
        if (!closed) res.once("drain", pump);
      };
      res.on("close", () => (closed = true));
      pump();
    });
    const { api } = client({ maxResponseBytes: 256 * 1024, timeoutMs: 10_000 });
    const error = await caught(api.listCompanyOffices());
    expect(error).toBeInstanceOf(MalformedResponseError);
    await expect.poll(() => closed).toBe(true);
    // What the server managed to write before the client hung up is bounded (socket buffers included).
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it("takes an accepted write whose answer is too long as done, details unknown", async () => {
    const { fetchEndless } = endlessAnswer();
    const { api } = client({ fetch: fetchEndless, maxResponseBytes: 128 * 1024 });
    const result = await api.createTalentPool({ name: "Big answer" });
    expect(result).toMatchObject({ value: null });
  });

  it("reads an answer right at the limit", async () => {
    const body = JSON.stringify([{ id: 1, address: "x".repeat(2000) }]);
    script.push((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(body);
    });
    const { api } = client({ maxResponseBytes: Buffer.byteLength(body) });
    expect((await api.listCompanyOffices()).items).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries a GET answered 5xx with backoff and succeeds", async () => {
    script.push(jsonAnswer(502, { detail: "Bad gateway." }), jsonAnswer(503, {}), jsonAnswer(200, [pool]));
    const { api, events } = client();
    expect((await api.listTalentPools()).items).toHaveLength(1);
    expect(seen).toHaveLength(3);
    expect(events.map((e) => (e.type === "request" ? e.attempt : 0))).toEqual([1, 2, 3]);
  });

  it("gives up on a GET after the bounded retries", async () => {
    script.push(jsonAnswer(500, {}), jsonAnswer(500, {}), jsonAnswer(500, {}), jsonAnswer(200, [pool]));
    const { api } = client({ maxGetRetries: 2 });
    expect(await caught(api.listTalentPools())).toBeInstanceOf(UpstreamError);
    expect(seen).toHaveLength(3);
  });

  it("never retries a POST after a 5xx", async () => {
    script.push(jsonAnswer(500, {}), jsonAnswer(201, { id: 1, text: "x" }));
    const { api } = client();
    expect(await caught(api.addNote({ candidate_id: 1, text: "x" }))).toBeInstanceOf(UpstreamError);
    expect(seen).toHaveLength(1);
  });

  it("waits for Retry-After on 429 and re-sends, for any method", async () => {
    script.push(jsonAnswer(429, { detail: "Request was throttled. Expected available in 9 seconds." }, { "Retry-After": "0.2" }));
    script.push(jsonAnswer(201, { id: 3, title: "Top" }));
    const { api, events } = client();
    const started = Date.now();
    expect(await api.addTag({ candidate_id: 1, title: "Top" })).toEqual({ status: 201, value: { id: 3, title: "Top" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(seen).toHaveLength(2);
    expect(events).toContainEqual(expect.objectContaining({ type: "rate_limited", waitMs: 200, source: "retry-after", willRetry: true }));
  });

  it("uses the detail text when there is no Retry-After, and fails past maxRateLimitWaitMs", async () => {
    script.push(jsonAnswer(429, { detail: "Request was throttled. Expected available in 30 seconds." }));
    const { api, events } = client({ maxRateLimitWaitMs: 5_000 });
    const error = (await caught(api.listCompanyUsers())) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).toBe(30);
    expect(seen).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: "rate_limited", waitMs: 30_000, source: "detail", willRetry: false }));
  });

  it("holds the key's other callers until the Retry-After has passed", async () => {
    script.push(jsonAnswer(429, {}, { "Retry-After": "0.3" }), jsonAnswer(200, []));
    const { api } = client({ maxRateLimitWaitMs: 0 });
    const started = Date.now();
    expect(await caught(api.listCompanyUsers())).toBeInstanceOf(RateLimitedError);
    expect(await api.listCompanyOffices()).toEqual({ items: [], skipped: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(seen).toHaveLength(2);
  });

  it("does not re-send a streamed upload after 429", async () => {
    script.push(jsonAnswer(429, { detail: "Request was throttled. Expected available in 1 second." }, { "Retry-After": "1" }));
    const { api } = client();
    const bytes = new TextEncoder().encode("%PDF-1.4 test");
    const body = new Blob([bytes]).stream();
    const error = await caught(api.uploadFile({ body, filename: "cv.pdf", contentType: "application/pdf", size: bytes.byteLength }));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(seen).toHaveLength(1);
  });

  it("re-sends a Blob upload after 429", async () => {
    const file = { id: 7, name: "cv.pdf" };
    script.push(jsonAnswer(429, {}, { "Retry-After": "0" }), jsonAnswer(201, { success: "OK", content: file }));
    const { api } = client();
    const bytes = new TextEncoder().encode("%PDF-1.4 test");
    const uploaded = await api.uploadFile({ body: new Blob([bytes]), filename: "cv.pdf", contentType: "application/pdf", size: bytes.byteLength, folderKey: "cv" });
    expect(uploaded.id).toBe("7");
    expect(seen).toHaveLength(2);
    expect(seen[1]?.body.byteLength).toBe(Number(seen[1]?.headers["content-length"]));
  });
});

describe("timeouts and network failures", () => {
  it("aborts a call that takes longer than timeoutMs and does not repeat a POST", async () => {
    script.push(() => {
      /* never answers */
    });
    const { api, events } = client({ timeoutMs: 150 });
    const error = await caught(api.createTalentPool({ name: "Slow" }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: "request", status: null, outcome: "timeout" }));
  });

  it("times out when the body stalls after the headers", async () => {
    script.push((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write("[");
    });
    const { api } = client({ timeoutMs: 150 });
    expect(await caught(api.listCompanyOffices())).toBeInstanceOf(TimeoutError);
  });

  it("turns a connection reset into NetworkError; a GET is retried first", async () => {
    script.push((req) => req.socket.destroy(), jsonAnswer(200, []));
    const { api } = client();
    expect(await api.listCompanyOffices()).toEqual({ items: [], skipped: 0 });
    expect(seen).toHaveLength(2);

    script.push((req) => req.socket.destroy(), jsonAnswer(201, pool));
    const error = await caught(api.createTalentPool({ name: "x" }));
    expect(error).toBeInstanceOf(NetworkError);
    expectNoKey(error);
    expect(seen).toHaveLength(3);
  });

  it("reports a refused connection as NetworkError", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { api } = client({ baseUrl: `http://127.0.0.1:${port}`, maxGetRetries: 0 });
    const error = await caught(api.listTalentPools());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain("ECONNREFUSED");
  });
});

describe("streamed uploads", () => {
  it("sends a stream with an exact Content-Length (not chunked) and the documented fields", async () => {
    script.push(jsonAnswer(201, { id: 11, email: "n@x.example", first_name: "N", last_name: "X" }));
    const { api } = client();
    const bytes = new TextEncoder().encode("%PDF-1.4 streamed body");
    const created = await api.createCandidate({
      first_name: "N",
      last_name: "X",
      email: "n@x.example",
      talent_pool_id: 5,
      cv_file: { body: new Blob([bytes]).stream(), filename: "cv.pdf", contentType: "application/pdf", size: bytes.byteLength },
    });
    expect(created.value?.id).toBe(11);
    const request = seen[0];
    expect(request?.url).toBe("/api/v1/client/candidates/add/");
    expect(request?.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(request?.headers["content-length"])).toBe(request?.body.byteLength);
    const form = await new Response(new Uint8Array(request?.body ?? []), { headers: { "content-type": String(request?.headers["content-type"]) } }).formData();
    expect(form.get("talent_pool_id")).toBe("5");
    expect(form.get("email")).toBe("n@x.example");
    expect(((form.get("cv_file") as File).name)).toBe("cv.pdf");
  });
});

describe("upload size mismatches", () => {
  it("are ValidationErrors on the file field, for streams (mid-upload) and Blobs (before sending)", async () => {
    script.push(jsonAnswer(201, { success: "OK", content: { id: 1, name: "x" } }));
    const { api } = client();
    const bytes = new TextEncoder().encode("%PDF-1.4 short");
    const streamed = (await caught(api.uploadFile({ body: new Blob([bytes]).stream(), filename: "a.pdf", contentType: "application/pdf", size: bytes.byteLength + 50 }))) as ValidationError;
    expect(streamed).toBeInstanceOf(ValidationError);
    expect(Object.keys(streamed.fieldErrors)).toEqual(["file"]);
    const before = seen.length;
    const blob = (await caught(
      api.createCandidate({ first_name: "a", last_name: "b", email: "c@d.example", cv_file: { body: new Blob([bytes]), filename: "a.pdf", contentType: "application/pdf", size: 1 } }),
    )) as ValidationError;
    expect(Object.keys(blob.fieldErrors)).toEqual(["cv_file"]);
    expect(seen.length).toBe(before);
  });
});

describe("default event handler", () => {
  it("logs every 429 without the key", async () => {
    script.push(jsonAnswer(429, { detail: "Request was throttled. Expected available in 50 seconds." }));
    const lines: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => lines.push(args.map(String).join(" "));
    try {
      const api = createRecruspaceClient({ baseUrl, apiKey: API_KEY, limiterKey: `unit-${++limiterSeq}`, maxRateLimitWaitMs: 1000 });
      expect(await caught(api.listCompanyUsers())).toBeInstanceOf(RateLimitedError);
    } finally {
      console.warn = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("GET /api/v1/client/companies/users/");
    expect(lines[0]).not.toContain(API_KEY);
  });
});

describe("per-key limiter", () => {
  it("queues calls beyond the budget instead of failing", async () => {
    for (let i = 0; i < 4; i += 1) script.push(jsonAnswer(200, []));
    const { api } = client({ rateLimitPerMinute: 2, rateLimitWindowMs: 300 });
    const started = Date.now();
    const results = await Promise.all([api.listCompanyOffices(), api.listCompanyOffices(), api.listCompanyOffices(), api.listCompanyOffices()]);
    expect(results).toHaveLength(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("fails fast with RateLimitedError when the queue would take longer than maxQueueWaitMs", async () => {
    script.push(jsonAnswer(200, []));
    const { api, events } = client({ rateLimitPerMinute: 1, rateLimitWindowMs: 60_000, maxQueueWaitMs: 1000 });
    await api.listCompanyOffices();
    const error = (await caught(api.listCompanyOffices())) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(seen).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: "rate_limited", source: "local-queue" }));
  });
});
