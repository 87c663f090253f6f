/**
 * A small multipart/form-data parser over a buffered body (RFC 7578). Text parts become fields,
 * parts with a filename become files. Malformed input raises MultipartError.
 */
export interface MultipartFile {
  fieldName: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: Record<string, MultipartFile>;
}

export class MultipartError extends Error {}

export function boundaryFromContentType(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary && boundary.length <= 200 ? boundary : null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartForm {
  const delimiter = Buffer.from(`--${boundary}`, "latin1");
  // Null-prototype maps: a part named "__proto__" must stay an ordinary field.
  const form: MultipartForm = { fields: Object.create(null), files: Object.create(null) };
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError("Boundary not found.");
  for (;;) {
    at += delimiter.length;
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return form; // "--": closing delimiter
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) throw new MultipartError("Malformed part delimiter.");
    at += 2;
    const headerEnd = body.indexOf("\r\n\r\n", at, "latin1");
    if (headerEnd < 0) throw new MultipartError("Part headers not terminated.");
    const headers = parseHeaders(body.toString("utf8", at, headerEnd));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n", "latin1"), delimiter]), dataStart);
    if (next < 0) throw new MultipartError("Closing boundary not found.");
    addPart(form, headers, body.subarray(dataStart, next));
    at = next + 2;
  }
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new MultipartError("Malformed part header.");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function addPart(form: MultipartForm, headers: Record<string, string>, data: Buffer) {
  const disposition = headers["content-disposition"];
  if (!disposition || !/^form-data\b/i.test(disposition)) throw new MultipartError("Part without form-data disposition.");
  const name = dispositionParam(disposition, "name");
  if (name === null) throw new MultipartError("Part without a name.");
  const encodedFilename = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  const filename = encodedFilename !== undefined ? safeDecode(encodedFilename) : dispositionParam(disposition, "filename");
  if (filename === null) {
    form.fields[name] = data.toString("utf8");
  } else {
    form.files[name] = { fieldName: name, filename, contentType: headers["content-type"] ?? "application/octet-stream", data };
  }
}

function dispositionParam(disposition: string, param: string): string | null {
  const match = new RegExp(`;\\s*${param}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, "i").exec(disposition);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : (match[2] ?? "").trim();
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
