import type { Readable } from "node:stream";

/** A pull-based web stream over a Node request body, and what to do with the rest after a refusal. */
export type NodeBodyStream = {
  stream: ReadableStream<Uint8Array>;
  /** True once the body was read to its end. */
  readonly ended: boolean;
  /** True once anything was read from the source. */
  readonly started: boolean;
  /**
   * Reads and drops whatever is left of the body, so the client can finish sending and read the
   * answer on a connection that stays usable. Holds nothing; a pending read of `stream` ends empty.
   */
  discardRest(): void;
};

export type NodeBodyStreamOptions = {
  /**
   * Socket chunks (often 16–64 KiB) are joined until at least this many bytes (the last chunk may be
   * smaller), so the checks and the upstream upload handle a few large chunks instead of many small
   * ones. At most this much plus Node's own small buffer is held at a time. 0 passes chunks as they come.
   */
  chunkBytes?: number;
};

/**
 * Reads a Node readable (the raw IncomingMessage of a pages API route) only when the web stream is
 * pulled: no 'data' listener, no eager queue (highWaterMark 0), so while the consumer is slower
 * than the client the body waits in the kernel and TCP slows the client down (real backpressure).
 * Listeners are added on the first pull, so a body that is refused before it is read stays untouched
 * and Node drains it itself once the answer is sent.
 */
export function nodeBodyStream(source: Readable, options: NodeBodyStreamOptions = {}): NodeBodyStream {
  const target = Math.max(0, options.chunkBytes ?? 0);
  let attached = false;
  let started = false;
  let ended = false;
  let discarding = false;
  let cancelled = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;

  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const onReadable = () => {
    if (discarding) {
      while (source.read() !== null) {
        // dropped
      }
    }
    signal();
  };
  const onEnd = () => {
    ended = true;
    signal();
  };
  const onError = (error: Error) => {
    failure ??= error;
    signal();
  };
  const onClose = () => {
    if (!ended) failure ??= Object.assign(new Error("The request closed before its body ended."), { code: "ECONNRESET" });
    signal();
  };
  const attach = () => {
    if (attached) return;
    // The 'error' listener is never removed: an aborted client must not become an uncaught exception.
    if (!started) source.on("error", onError);
    attached = true;
    source.on("readable", onReadable);
    source.on("end", onEnd);
    source.on("close", onClose);
  };
  const detach = () => {
    attached = false;
    source.off("readable", onReadable);
    source.off("end", onEnd);
    source.off("close", onClose);
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        attach();
        started = true;
        const parts: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          if (cancelled) return;
          if (discarding) return controller.close();
          if (failure) {
            detach();
            return controller.error(failure);
          }
          const chunk = source.read() as Uint8Array | null;
          if (chunk !== null) {
            parts.push(chunk);
            size += chunk.byteLength;
            if (size >= target) break;
            continue;
          }
          if (ended) break;
          await new Promise<void>((resolve) => (wake = resolve));
        }
        // Buffer.concat skips zero-filling the new buffer (a plain Uint8Array would not).
        if (size > 0) controller.enqueue(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size));
        if (ended && source.readableLength === 0) {
          detach();
          controller.close();
        }
      },
      cancel() {
        // Leaves the source as it is: the caller answers and then calls discardRest().
        cancelled = true;
        detach();
        signal();
      },
    },
    { highWaterMark: 0 },
  );

  return {
    stream,
    get ended() {
      return ended;
    },
    get started() {
      return started;
    },
    discardRest() {
      if (discarding || ended) return;
      discarding = true;
      if (!started) return; // Never read: Node's server drops the unread body after the answer.
      attach();
      onReadable();
    },
  };
}
