import type { RequestContext } from "./context";
import { BodyTooLargeError, readBody } from "./body";
import { boundaryFromContentType, MultipartError, parseMultipart, type MultipartForm } from "./multipart";
import { badRequest, fail, json, unsupportedMediaType } from "./response";

/** Room for the multipart framing and text fields on top of the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export function tooLargeMessage(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${Number((maxBytes / (1024 * 1024)).toFixed(1))} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return `File too large. Maximum size is ${size}.`;
}

/**
 * Reads a multipart/form-data body whose file part `fileField` may be up to ctx.maxUploadBytes.
 * Too large → 400 on that field (decided from Content-Length or as soon as the count passes the limit).
 */
export async function readMultipartForm(ctx: RequestContext, fileField: string): Promise<MultipartForm> {
  const contentType = ctx.req.headers["content-type"] ?? "";
  const boundary = boundaryFromContentType(contentType);
  if (!boundary) fail(unsupportedMediaType(contentType.split(";")[0] ?? ""));
  let body: Buffer;
  try {
    body = await readBody(ctx.req, ctx.maxUploadBytes + FORM_OVERHEAD_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) fail(badRequest({ [fileField]: [tooLargeMessage(ctx.maxUploadBytes)] }));
    throw error;
  }
  let form: MultipartForm;
  try {
    form = parseMultipart(body, boundary);
  } catch (error) {
    if (error instanceof MultipartError) fail(json(400, { detail: `Multipart form parse error - ${error.message}` }));
    throw error;
  }
  const file = form.files[fileField];
  if (file && file.data.length > ctx.maxUploadBytes) fail(badRequest({ [fileField]: [tooLargeMessage(ctx.maxUploadBytes)] }));
  return form;
}
