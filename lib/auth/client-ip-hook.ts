import type { IncomingMessage } from "node:http";
import diagnosticsChannel from "node:diagnostics_channel";
import { readEnv } from "@/lib/config/env";
import { CLIENT_IP_HEADER, clientIpFromChain, dropClientIpSeal, sealedClientIp } from "./client-ip";

/** Node publishes every incoming HTTP request here, with its socket, before the server's 'request' event. */
const REQUEST_START = "http.server.request.start";

type RequestStart = { request: IncomingMessage; socket?: { remoteAddress?: string } };

const installed = globalThis as unknown as { __recruspaceClientIpListener?: (message: unknown) => void };

/**
 * Stamps every incoming request with the client's address (CLIENT_IP_HEADER), worked out from the
 * socket's peer and `X-Forwarded-For` with TRUSTED_PROXY_HOPS trusted proxies, before Next.js (or
 * anything the app runs) sees the request; whatever a client sent under that name is overwritten, and
 * the value is sealed so that a request the hook did not stamp is never believed (client-ip.ts).
 * Installed once per process by instrumentation.ts. Node's `http.server.request.start` diagnostics
 * channel is public API (Node ≥ 18.7) and needs no custom server: `next start` keeps working as is.
 */
export function installClientIpHook(trustedHops: number = readEnv().TRUSTED_PROXY_HOPS): void {
  if (installed.__recruspaceClientIpListener) return;
  const listener = (message: unknown) => {
    const { request, socket } = message as RequestStart;
    const peer = socket?.remoteAddress ?? request.socket?.remoteAddress;
    request.headers[CLIENT_IP_HEADER] = sealedClientIp(clientIpFromChain(request.headers["x-forwarded-for"], peer, trustedHops));
  };
  diagnosticsChannel.subscribe(REQUEST_START, listener);
  installed.__recruspaceClientIpListener = listener;
}

/** For tests: removes the hook again. */
export function uninstallClientIpHook(): void {
  const listener = installed.__recruspaceClientIpListener;
  if (listener) diagnosticsChannel.unsubscribe(REQUEST_START, listener);
  delete installed.__recruspaceClientIpListener;
  dropClientIpSeal();
}
