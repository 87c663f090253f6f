import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { nodeBodyStream } from "./node-body-stream";

/** A Node readable of `count` chunks of `size` bytes (byte value = chunk index), counting _read calls. */
function chunks(count: number, size: number) {
  let made = 0;
  const stats = { reads: 0 };
  const source = new Readable({
    highWaterMark: size,
    read() {
      stats.reads += 1;
      if (made === count) return void this.push(null);
      this.push(Buffer.alloc(size, made++));
    },
  });
  return { source, stats };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("nodeBodyStream", () => {
  it("touches the source only when pulled, and then only a little", async () => {
    const { source, stats } = chunks(100, 1024);
    const body = nodeBodyStream(source);
    await tick();
    expect(stats.reads).toBe(0);
    expect(source.listenerCount("data") + source.listenerCount("readable")).toBe(0);
    expect(body.started).toBe(false);

    const reader = body.stream.getReader();
    expect((await reader.read()).value).toHaveLength(1024);
    await tick();
    // Node fills its own small buffer (one highWaterMark), never the whole body.
    expect(stats.reads).toBeLessThan(5);
    expect(source.listenerCount("data")).toBe(0);
    expect(body.started).toBe(true);
  });

  it("passes every byte in order and closes at the end", async () => {
    const { source } = chunks(20, 1000);
    const body = nodeBodyStream(source);
    const parts = await readAll(body.stream);
    const joined = Buffer.concat(parts);
    expect(joined).toHaveLength(20_000);
    expect([...new Set(joined)]).toEqual([...Array(20).keys()]);
    expect(body.ended).toBe(true);
  });

  it("joins small chunks to at least chunkBytes (the last may be smaller)", async () => {
    const { source } = chunks(25, 1000);
    const parts = await readAll(nodeBodyStream(source, { chunkBytes: 4096 }).stream);
    expect(parts.map((p) => p.byteLength).reduce((a, b) => a + b)).toBe(25_000);
    expect(parts.slice(0, -1).every((p) => p.byteLength >= 4096)).toBe(true);
    expect(parts.length).toBeLessThanOrEqual(7);
  });

  it("errors when the source errors (an aborted client)", async () => {
    const source = new Readable({ read() {} });
    const body = nodeBodyStream(source);
    const reader = body.stream.getReader();
    source.push(Buffer.from("first"));
    await reader.read();
    const pending = reader.read();
    source.destroy(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    await expect(pending).rejects.toThrow("aborted");
  });

  it("errors when the source closes before its end", async () => {
    const source = new Readable({ read() {}, emitClose: true });
    const reader = nodeBodyStream(source).stream.getReader();
    const pending = reader.read();
    source.destroy();
    await expect(pending).rejects.toThrow(/closed before its body ended/);
  });

  it("discardRest drops what is left and ends a pending read empty", async () => {
    const source = new Readable({ read() {} });
    const body = nodeBodyStream(source);
    const reader = body.stream.getReader();
    source.push(Buffer.from("head"));
    expect((await reader.read()).done).toBe(false);
    const pending = reader.read();
    body.discardRest();
    source.push(Buffer.alloc(50_000));
    source.push(null);
    expect(await pending).toEqual({ done: true, value: undefined });
    await tick();
    expect(source.readableEnded).toBe(true);
  });

  it("keeps an HTTP upload in the kernel while the reader waits (backpressure)", async () => {
    const size = 8 * 1024 * 1024;
    let readWhilePaused = -1;
    const server = http.createServer(async (req, res) => {
      const reader = nodeBodyStream(req, { chunkBytes: 256 * 1024 }).stream.getReader();
      let received = (await reader.read()).value!.byteLength;
      await new Promise((resolve) => setTimeout(resolve, 200));
      readWhilePaused = req.socket.bytesRead;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
      }
      res.end(String(received));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: new Uint8Array(size) });
      expect(await response.text()).toBe(String(size));
      // Without backpressure Node would have read all 8 MiB in 200 ms; with it, about one chunk.
      expect(readWhilePaused).toBeGreaterThan(0);
      expect(readWhilePaused).toBeLessThan(1024 * 1024);
    } finally {
      server.close();
    }
  });
});
