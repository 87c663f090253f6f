import "server-only";
import type { RecruspaceClient } from "@/lib/recruspace/client";

/**
 * Streams a candidate's CV or photo from its presigned URL through our own origin. The candidate is
 * fetched fresh each time so the presigned URL has not expired; the URL (and of course the API key)
 * never reaches the browser. Only PDFs and raster images are ever shown inline: anything else is a
 * download, so an uploaded HTML/SVG file can never run on our origin.
 */
export type CandidateFileKind = "cv" | "photo";

const EXTENSION_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

const INLINE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "image/webp", "image/gif"]);

export const FILE_FETCH_TIMEOUT_MS = 60_000;

/** The content type to serve: from the file name first (upstream types vary), then the upstream header. */
export function resolveContentType(fileName: string, declared: string | null | undefined, upstreamHeader: string | null): string {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const byExtension = EXTENSION_TYPES[extension];
  if (byExtension) return byExtension;
  for (const candidate of [declared, upstreamHeader]) {
    const type = candidate?.split(";")[0]?.trim().toLowerCase();
    if (type && Object.values(EXTENSION_TYPES).includes(type)) return type;
  }
  return "application/octet-stream";
}

/** The extension a saved file of each served type ends in (the first one is added when it does not). */
const TYPE_EXTENSIONS: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "application/msword": ["doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
  "image/gif": ["gif"],
  "application/octet-stream": ["bin"],
};

/**
 * The name a file is saved under ends in the extension of the type it is served as: a PDF named
 * "evil.html" is saved as "evil.html.pdf", never as an .html file the browser or the desktop would
 * open as a page. A name that already fits keeps its extension ("CV.PDF", "photo.jpeg").
 */
export function downloadName(fileName: string, contentType: string): string {
  const name = fileName.trim() || "file";
  const extensions = TYPE_EXTENSIONS[contentType] ?? TYPE_EXTENSIONS["application/octet-stream"]!;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return extensions.includes(extension) ? name : `${name}.${extensions[0]}`;
}

/** `inline` only for types a browser can show safely; a filename safe for every header parser, ending in the served type's extension. */
export function contentDisposition(fileName: string, contentType: string, forceDownload: boolean): string {
  const mode = !forceDownload && INLINE_TYPES.has(contentType) ? "inline" : "attachment";
  const cleaned = downloadName(fileName.replace(/[\r\n"\\/]/g, "_").trim() || "file", contentType);
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, "_");
  return `${mode}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

export type FileStreamOutcome =
  | { ok: true; response: Response }
  | { ok: false; status: number; error: string };

export async function streamCandidateFile(
  client: RecruspaceClient,
  candidateId: number,
  kind: CandidateFileKind,
  options: { download: boolean; fetch?: typeof fetch },
): Promise<FileStreamOutcome> {
  const candidate = await client.getCandidate(candidateId);
  const file = kind === "cv" ? candidate.cv : candidate.photo;
  if (!file || !file.presigned_url) {
    return { ok: false, status: 404, error: kind === "cv" ? "This candidate has no CV." : "This candidate has no photo." };
  }
  let url: URL;
  try {
    url = new URL(file.presigned_url);
  } catch {
    return { ok: false, status: 502, error: "Recruspace gave an unusable file link." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, status: 502, error: "Recruspace gave an unusable file link." };

  let upstream: Response;
  try {
    upstream = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(FILE_FETCH_TIMEOUT_MS), cache: "no-store" });
  } catch {
    return { ok: false, status: 504, error: "The file could not be fetched from Recruspace in time." };
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel();
    return { ok: false, status: 502, error: "Recruspace did not hand over the file. Please try again." };
  }

  const fileName = file.name || `${kind}-${candidateId}`;
  const contentType = resolveContentType(fileName, file.type, upstream.headers.get("content-type"));
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(fileName, contentType, options.download),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // The candidate page previews PDFs in a same-origin iframe; nothing else may frame the file.
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy": contentType === "application/pdf" ? "frame-ancestors 'self'" : "default-src 'none'; frame-ancestors 'self'",
  });
  const length = upstream.headers.get("content-length");
  if (length && /^\d+$/.test(length)) headers.set("Content-Length", length);
  return { ok: true, response: new Response(upstream.body, { status: 200, headers }) };
}
