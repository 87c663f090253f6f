import crypto from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleControl, isLoopback } from "./control";
import { createRequestCounter } from "./request-counter";
import { addKey, findCandidates, revokeKey } from "./store/admin";
import { createDriftMode } from "./drift/controller";
import { routeKeyOf } from "./drift/route-key";
import type { DriftSeed } from "./drift/types";
import { faultResponse } from "./fault-responses";
import { createFaultRegistry, type FaultRule } from "./faults";
import { createUrlSigner } from "./files/signing";
import type { RequestContext } from "./http/context";
import { createRateLimiter } from "./http/rate-limit";
import { ApiError, json, methodNotAllowed, notFound, throttled, unauthorized, type ApiResponse } from "./http/response";
import { matchRoute, type Method } from "./http/router";
import { sendResponse } from "./http/send";
import { API_ROUTES } from "./routes";
import { serveFile } from "./routes/files";
import { createPersister, loadState } from "./store/persist";
import { SandboxStore } from "./store/store";

export interface SandboxOptions {
  port?: number;
  host?: string;
  rateLimitPerMinute?: number;
  presignTtlSeconds?: number;
  maxUploadBytes?: number;
  /** JSON file the state is loaded from on start and saved to (debounced) after changes. */
  persistFile?: string;
  /** Fixed latency added to every API request (benchmarks). */
  latencyMs?: number;
  /** Secret for presigned URLs (random per start by default). */
  signingSecret?: string;
  /** Clock for rate limits, expiries and timestamps (tests). */
  now?: () => number;
  /** Drift mode: perturb every inferred field of successful answers, deterministically from this seed (null: off). */
  drift?: DriftSeed | null;
}

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** Starts the local Recruspace sandbox (docs/recruspace-contract.md) on plain node:http. */
export async function startSandbox(options: SandboxOptions = {}) {
  const host = options.host ?? "127.0.0.1";
  const now = options.now ?? Date.now;
  const maxUploadBytes = options.maxUploadBytes ?? 26_214_400;
  const latencyMs = options.latencyMs ?? 0;
  const persister = options.persistFile ? createPersister(options.persistFile, () => store.state) : null;
  const store: SandboxStore = new SandboxStore(options.persistFile ? loadState(options.persistFile) : null, () => persister?.schedule(), now);
  const signer = createUrlSigner(options.signingSecret ?? crypto.randomBytes(32), options.presignTtlSeconds ?? 900, now);
  const limiter = createRateLimiter({ limit: options.rateLimitPerMinute ?? 100, now });
  const faults = createFaultRegistry();
  const counter = createRequestCounter(now);
  const hanging = new Set<ServerResponse>();
  const drift = createDriftMode(options.drift ?? null);

  // Tests reset between specs while drifting, so the seed survives a reset; only its record is cleared.
  const reset = () => {
    store.reset();
    limiter.reset();
    faults.clear();
    counter.reset();
    drift.clearApplied();
  };

  async function dispatchApi(req: IncomingMessage, url: URL, origin: string): Promise<ApiResponse> {
    if (url.pathname.startsWith("/files/")) return req.method === "GET" ? serveFile(url, store, signer) : methodNotAllowed(req.method ?? "", ["GET"]);
    const match = matchRoute(API_ROUTES, url.pathname);
    if (!match) return notFound();
    const key = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
    const company = key ? store.companyForKey(key) : null;
    if (!key || !company) return unauthorized();
    const decision = limiter.check(key);
    if (!decision.allowed) return throttled(decision.retryAfterSeconds);
    const method = (req.method ?? "") as Method;
    const handler = match.route.handlers[method];
    if (!handler) return methodNotAllowed(req.method ?? "", Object.keys(match.route.handlers));
    const ctx: RequestContext = { req, url, origin, params: match.params, company, store, signer, maxUploadBytes };
    try {
      return drift.apply(routeKeyOf(method, match.route.pattern), await handler(ctx));
    } catch (error) {
      if (error instanceof ApiError) return error.response;
      // A client that went away mid-body is not a sandbox failure; nobody will read this answer.
      if (req.destroyed || (error as NodeJS.ErrnoException).code === "ECONNRESET") return json(400, { detail: "Request aborted." });
      console.error("[sandbox] handler failed", error);
      return json(500, { detail: "A server error occurred." });
    }
  }

  /** Applies a fault; returns true when it took over the answer. */
  async function applyFault(rule: FaultRule, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    switch (rule.kind) {
      case "latency":
        await sleep(rule.ms ?? 0);
        return false;
      case "hang":
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return true;
      case "reset":
        req.socket.destroy();
        return true;
      default:
        sendResponse(res, faultResponse(rule));
        return true;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
    let url: URL;
    try {
      url = new URL(req.url ?? "/", origin);
    } catch {
      return sendResponse(res, notFound());
    }
    if (url.pathname.startsWith("/__sandbox/")) {
      if (!isLoopback(req)) return sendResponse(res, notFound());
      try {
        return sendResponse(res, await handleControl(req, url, { store, faults, counter, drift, reset }));
      } catch (error) {
        return sendResponse(res, json(400, { detail: (error as Error).message }));
      }
    }
    const method = req.method ?? "GET";
    counter.count(method, url.pathname);
    const fault = faults.take(method, url.pathname);
    if (fault && !fault.after && (await applyFault(fault, req, res))) return;
    if (latencyMs > 0) await sleep(latencyMs);
    const response = await dispatchApi(req, url, origin);
    if (fault?.after && (await applyFault(fault, req, res))) return;
    sendResponse(res, response);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error("[sandbox] request failed", error);
      sendResponse(res, json(500, { detail: "A server error occurred." }));
    });
  });
  // Keep idle connections longer than clients do (undici drops its own after the server's hint minus
  // a margin): with Node's default of 5 s a loaded machine let clients reuse a socket the sandbox was
  // just closing ("other side closed").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;

  return {
    url,
    port,
    store,
    reset,
    faults,
    addFault: (rule: Omit<FaultRule, "count"> & { count?: number }) => faults.add({ ...rule, count: rule.count ?? 1 }),
    clearFaults: () => faults.clear(),
    requests: () => counter.snapshot(),
    arrivals: () => counter.arrivals(),
    resetRequests: () => counter.reset(),
    addKey: (companySlug: string) => addKey(store, companySlug),
    revokeKey: (key: string) => revokeKey(store, key),
    findCandidates: (key: string, email: string) => findCandidates(store, key, email) ?? [],
    /** Switches drift mode (null: off) and clears the record of applied perturbations. */
    setDrift: (seed: DriftSeed | null) => drift.setSeed(seed),
    /** The distinct perturbations applied since the last switch or reset, per "METHOD /route/{pattern}/". */
    driftApplied: () => drift.applied(),
    async close() {
      persister?.flush();
      for (const res of hanging) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
