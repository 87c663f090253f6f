import type { FaultRule } from "./faults";
import { json, throttled, type ApiResponse } from "./http/response";

const STATUS_DETAILS: Record<number, string> = {
  500: "A server error occurred.",
  502: "Bad gateway.",
  503: "Service temporarily unavailable, try again later.",
  504: "Gateway timeout.",
};

/** The answer an injected "status" or "malformed" fault gives instead of the real one. */
export function faultResponse(rule: FaultRule): ApiResponse {
  if (rule.kind === "malformed") {
    return { status: 200, raw: { bytes: rule.body ?? '{"count": 3, "results": [{"id": 1, "na', contentType: "application/json" } };
  }
  const status = rule.status ?? 500;
  if (rule.body !== undefined) return { status, raw: { bytes: rule.body, contentType: "application/json" } };
  if (status === 429) return throttled(rule.retryAfter ?? 1);
  const headers = rule.retryAfter !== undefined ? { "Retry-After": String(rule.retryAfter) } : undefined;
  return json(status, { detail: STATUS_DETAILS[status] ?? `Injected fault (status ${status}).` }, headers);
}
