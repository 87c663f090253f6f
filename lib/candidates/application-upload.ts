/**
 * How the browser sends an application with file answers to `POST /api/uploads/application?hash=…`
 * (lib/candidates/apply-route.ts). Browser-safe: the form builds the body with applicationBody().
 *
 *   X-Application-Length: <n, the byte length of the JSON envelope>
 *   Content-Length:       <n + the sizes of all files>
 *   body:                 <envelope JSON><bytes of the first file><bytes of the second file>…
 *
 * The envelope is `{ values, files }`: the form's values, where a file question's answer declares
 * its file as `{ name, type, size }`, and `files`, the questions' answer names (`q<id>`) in the
 * order their files' bytes follow.
 *
 * Why not multipart/form-data: the route has to know each file's exact size before it forwards the
 * file (Recruspace's multipart request needs an exact Content-Length, and the file is streamed, not
 * held), so the sizes are declared anyway. With the sizes declared the files can simply follow each
 * other, and the route cuts the body at those sizes: no boundary to search for in megabytes of
 * bytes and no parser of our own to get wrong (no multipart parser is installed). A Blob body lets
 * the browser send the files straight from disk with the Content-Length set for it. The envelope is
 * in the body, not a header, because answers can be long (5000-character texts) and Node refuses
 * request headers over 16 KiB.
 */

export const APPLICATION_UPLOAD_PATH = "/api/uploads/application";
export const ENVELOPE_LENGTH_HEADER = "x-application-length";
/** Far above any form's values (a few 5000-character answers); the route holds the envelope in memory. */
export const MAX_ENVELOPE_BYTES = 1024 * 1024;

export type ApplicationEnvelope = { values: unknown; files: string[] };

/** The upload's body and the envelope's byte length, for the header. */
export function applicationBody(values: unknown, files: { name: string; file: Blob }[]): { body: Blob; envelopeLength: number } {
  const envelope: ApplicationEnvelope = { values, files: files.map((entry) => entry.name) };
  const bytes = new TextEncoder().encode(JSON.stringify(envelope));
  return { body: new Blob([bytes, ...files.map((entry) => entry.file)]), envelopeLength: bytes.byteLength };
}
