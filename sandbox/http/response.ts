/**
 * Handlers return an ApiResponse instead of writing to the socket, so fault injection can decide
 * afterwards whether the answer is sent, replaced, delayed or lost. Texts follow DRF's defaults;
 * the choices are listed in docs/recruspace-contract.md ("Errors").
 */
export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body (omitted for 204). */
  body?: unknown;
  /** Raw bytes instead of JSON (file downloads, malformed-body faults). */
  raw?: { bytes: Buffer | string; contentType: string };
}

/** Thrown by handlers to answer with an error response. */
export class ApiError extends Error {
  constructor(readonly response: ApiResponse) {
    super(`API error ${response.status}`);
  }
}

export type FieldErrors = Record<string, unknown>;

export const json = (status: number, body: unknown, headers?: Record<string, string>): ApiResponse => ({ status, body, headers });
export const noContent = (): ApiResponse => ({ status: 204 });

export const NOT_FOUND = "Not found.";
export const UNAUTHORIZED = "Authentication credentials were not provided.";
export const REQUIRED = "This field is required.";

export const notFound = (detail = NOT_FOUND) => json(404, { detail });
export const unauthorized = () => json(401, { detail: UNAUTHORIZED }, { "WWW-Authenticate": 'Bearer realm="api"' });
export const badRequest = (errors: FieldErrors) => json(400, errors);
export const conflict = (detail: string) => json(409, { detail });
export const forbidden = (detail: string) => json(403, { detail });

export function methodNotAllowed(method: string, allowed: string[]): ApiResponse {
  return json(405, { detail: `Method "${method}" not allowed.` }, { Allow: allowed.join(", ") });
}

export function throttled(seconds: number): ApiResponse {
  return json(429, { detail: `Request was throttled. Expected available in ${seconds} second${seconds === 1 ? "" : "s"}.` }, { "Retry-After": String(seconds) });
}

export function unsupportedMediaType(contentType: string): ApiResponse {
  return json(415, { detail: `Unsupported media type "${contentType}" in request.` });
}

export function fail(response: ApiResponse): never {
  throw new ApiError(response);
}
