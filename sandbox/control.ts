import type { IncomingMessage } from "node:http";
import { parseDriftSeed, type DriftMode } from "./drift/controller";
import { parseFaultRule, type FaultRegistry } from "./faults";
import { readBody } from "./http/body";
import { json, notFound, type ApiResponse } from "./http/response";
import { addKey, findCandidates, revokeKey } from "./store/admin";
import type { SandboxStore } from "./store/store";
import type { RequestCounter } from "./request-counter";

export interface ControlDeps {
  store: SandboxStore;
  faults: FaultRegistry;
  counter: RequestCounter;
  drift: DriftMode;
  reset(): void;
}

export function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? "";
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

/** The `/__sandbox/*` test-control endpoints (loopback only; checked by the caller). */
export async function handleControl(req: IncomingMessage, url: URL, deps: ControlDeps): Promise<ApiResponse> {
  const route = `${req.method} ${url.pathname}`;
  const body = async (): Promise<Record<string, unknown>> => {
    const bytes = await readBody(req, 64 * 1024);
    if (bytes.length === 0) return {};
    return JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  };
  switch (route) {
    case "POST /__sandbox/reset":
      deps.reset();
      return json(200, { ok: true });
    case "GET /__sandbox/faults":
      return json(200, deps.faults.list());
    case "POST /__sandbox/faults": {
      const rule = parseFaultRule(await body());
      if (typeof rule === "string") return json(400, { detail: rule });
      deps.faults.add(rule);
      return json(201, rule);
    }
    case "DELETE /__sandbox/faults":
      deps.faults.clear();
      return json(200, { ok: true });
    case "GET /__sandbox/requests":
      return json(200, deps.counter.snapshot());
    case "GET /__sandbox/requests/arrivals":
      return json(200, deps.counter.arrivals());
    case "POST /__sandbox/requests/reset":
      deps.counter.reset();
      return json(200, { ok: true });
    case "GET /__sandbox/drift":
      return json(200, { seed: deps.drift.seed(), applied: deps.drift.applied() });
    case "POST /__sandbox/drift": {
      const input = await body();
      if (!("seed" in input)) return json(400, { detail: "seed is required (a number, a string or null)" });
      const parsed = parseDriftSeed(input.seed);
      if (!parsed.ok) return json(400, { detail: parsed.error });
      deps.drift.setSeed(parsed.seed);
      return json(200, { seed: parsed.seed });
    }
    case "GET /__sandbox/candidates": {
      const found = findCandidates(deps.store, url.searchParams.get("key") ?? "", url.searchParams.get("email") ?? "");
      return found ? json(200, found) : json(404, { detail: "Unknown key." });
    }
    case "POST /__sandbox/keys": {
      const key = addKey(deps.store, String((await body()).company ?? ""));
      return key ? json(201, { key }) : json(400, { detail: "Unknown company." });
    }
    case "POST /__sandbox/keys/revoke":
      return revokeKey(deps.store, String((await body()).key ?? "")) ? json(200, { ok: true }) : json(404, { detail: "Unknown key." });
    default:
      return notFound();
  }
}
