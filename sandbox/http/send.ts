import type { ServerResponse } from "node:http";
import type { ApiResponse } from "./response";

export function sendResponse(res: ServerResponse, response: ApiResponse): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...response.headers };
  let payload: Buffer | undefined;
  if (response.raw) {
    payload = Buffer.isBuffer(response.raw.bytes) ? response.raw.bytes : Buffer.from(response.raw.bytes, "utf8");
    headers["Content-Type"] = response.raw.contentType;
  } else if (response.body !== undefined && response.status !== 204) {
    payload = Buffer.from(JSON.stringify(response.body), "utf8");
    headers["Content-Type"] = "application/json";
  }
  headers["Content-Length"] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(payload);
}
