import type { RequestContext } from "./context";
import { BodyTooLargeError, readBody } from "./body";
import { badRequest, fail, json, unsupportedMediaType } from "./response";

const JSON_LIMIT_BYTES = 1024 * 1024;

/** Reads a JSON object body the DRF way: wrong content type → 415, bad JSON → 400, empty → {}. */
export async function readJsonObject(ctx: RequestContext): Promise<Record<string, unknown>> {
  const contentType = ctx.req.headers["content-type"] ?? "";
  let bytes: Buffer;
  try {
    bytes = await readBody(ctx.req, JSON_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) fail(json(413, { detail: "Request body is too large." }));
    throw error;
  }
  if (bytes.length === 0) return {};
  if (!/^application\/json\b/i.test(contentType)) fail(unsupportedMediaType(contentType.split(";")[0] ?? ""));
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    fail(json(400, { detail: `JSON parse error - ${(error as Error).message}` }));
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const got = Array.isArray(value) ? "list" : value === null ? "NoneType" : typeof value;
    fail(badRequest({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] }));
  }
  return value as Record<string, unknown>;
}
