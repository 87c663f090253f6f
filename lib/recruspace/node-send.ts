import http from "node:http";
import https from "node:https";

/**
 * One upload exchange sent with `node:http`/`node:https` instead of `fetch`: the body's chunks are
 * written straight to the socket, each next chunk read only after the socket took the last one
 * ('drain'), so a slow Recruspace slows the reading of the body down (and with it the browser) and
 * nothing piles up here. undici's `fetch` reads a web-stream body through its own async iteration and
 * promise hops per chunk, which cost a 20 MiB upload a good part of its CPU (docs/benchmarks.md).
 *
 * Everything but the transport stays with the caller (./http.ts): limiter, error mapping, no retry.
 * One timer covers connecting, sending and the answer's body. Errors are Node's own (with their
 * `code`), UploadTimedOut, or BodySourceFailed carrying what the body's stream failed with; none of
 * them quotes a header value.
 */

export type NodeSendRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: ReadableStream<Uint8Array> | Blob;
  timeoutMs: number;
  /** The answer's body is not read past this many bytes: `text` is then null. */
  maxResponseBytes: number;
};

export type NodeSendAnswer = { status: number; retryAfter: string | null; text: string | null };

export class UploadTimedOut extends Error {
  constructor() {
    super("The upload did not finish in time.");
    this.name = "UploadTimedOut";
  }
}

/** The body's own stream failed (too big, wrong type, a size mismatch): the request was aborted. */
export class BodySourceFailed extends Error {
  constructor(readonly cause: unknown) {
    super("The upload's body failed.");
    this.name = "BodySourceFailed";
  }
}

export function sendWithNode(request: NodeSendRequest): Promise<NodeSendAnswer> {
  const url = new URL(request.url);
  const transport = url.protocol === "https:" ? https : http;
  const source = (request.body instanceof Blob ? request.body.stream() : request.body).getReader();

  return new Promise<NodeSendAnswer>((resolve, reject) => {
    let settled = false;
    /** The upload is over (answered, failed or timed out): no more body is read or written. */
    let stopped = false;
    let bodySent = false;
    let outgoing: http.ClientRequest;

    const settle = (error: unknown, answer?: NodeSendAnswer) => {
      if (settled) return;
      settled = true;
      stopped = true;
      clearTimeout(timer);
      // A request whose body was not sent whole cannot share its connection again.
      if (error || !bodySent) outgoing.destroy();
      // Releases whatever the body's stream holds (and wakes a read that waits for the browser).
      if (!bodySent) source.cancel(error ?? "answered before the whole body was sent").catch(() => undefined);
      if (error) reject(error);
      else resolve(answer!);
    };
    const timer = setTimeout(() => settle(new UploadTimedOut()), request.timeoutMs);

    try {
      outgoing = transport.request(url, { method: request.method, headers: request.headers });
    } catch (error) {
      clearTimeout(timer);
      source.cancel().catch(() => undefined);
      reject(error);
      return;
    }
    outgoing.on("error", (error) => settle(error));
    outgoing.on("response", (incoming) => {
      // An answer before the whole body went out (e.g. a refusal): stop sending and read it.
      stopped = true;
      readCappedNode(incoming, request.maxResponseBytes).then(
        (text) => settle(null, { status: incoming.statusCode ?? 0, retryAfter: headerValue(incoming, "retry-after"), text }),
        (error) => settle(error),
      );
    });

    void (async () => {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await source.read();
        } catch (error) {
          // Failing after an answer came changes nothing: the answer is what counts.
          if (!stopped) settle(new BodySourceFailed(error));
          return;
        }
        if (stopped) return;
        if (chunk.done) {
          bodySent = true;
          outgoing.end();
          return;
        }
        if (!outgoing.write(chunk.value)) await drained(outgoing);
        if (stopped) return;
      }
    })();
  });
}

function drained(outgoing: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.on("drain", done);
    outgoing.on("close", done);
  });
}

function headerValue(incoming: http.IncomingMessage, name: string): string | null {
  const value = incoming.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * The answer as text, decoded as `response.text()` would (UTF-8, BOM dropped, bad bytes replaced)
 * and never read past `maxBytes`: null (the connection closed) when the announced length or the
 * bytes so far exceed it.
 */
export function readCappedNode(incoming: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  const declared = headerValue(incoming, "content-length");
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    incoming.destroy();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    let received = 0;
    let text = "";
    incoming.on("data", (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > maxBytes) {
        incoming.destroy();
        return resolve(null);
      }
      text += decoder.decode(chunk, { stream: true });
    });
    incoming.on("end", () => resolve(text + decoder.decode()));
    incoming.on("error", reject);
    incoming.on("close", () => {
      if (!incoming.complete) reject(Object.assign(new Error("The answer closed before its body ended."), { code: "ECONNRESET" }));
    });
  });
}
