import "server-only";
import { readEnv, type ServerEnv } from "@/lib/config/env";
import type { CandidateDetail } from "@/lib/recruspace/schemas";
import { safeFetch, SafeFetchError, type SafeFetchPolicy, type SafeFetchRefusal, type SafeResponse } from "@/lib/security/safe-fetch";

/**
 * Streams a candidate's CV or photo from its presigned URL through our own origin. The candidate answer
 * is the short-lived one the page was rendered from (lib/list-cache/candidate-answer.ts), so a view costs
 * one call; a link the storage refuses with 403 (expired) is asked for again once. The URL (and of course
 * the API key) never reaches the browser. The link came from an upstream answer, not from configuration, so it is
 * fetched under the rules of lib/security/safe-fetch.ts. Only PDFs and raster images are ever shown
 * inline: anything else is a download, so an uploaded HTML/SVG file can never run on our origin.
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

/** One deadline for fetching a file: the link's DNS, connect and headers, and its whole body. */
export const FILE_FETCH_TIMEOUT_MS = 120_000;

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
  | { ok: false; status: number; error: string; code?: SafeFetchRefusal };

/**
 * How a CV or photo link may be fetched (lib/security/safe-fetch.ts): the Recruspace base URLs'
 * origins are trusted (the sandbox serves its files from its own http origin), other hosts must be
 * public https hosts (and in RECRUSPACE_FILE_HOSTS when that is set); at most the CV limit, which is
 * also the photo limit (a photo answer is accepted up to it), within one deadline for the whole body.
 */
export function fileFetchPolicy(env: ServerEnv = readEnv()): SafeFetchPolicy {
  return {
    trustedOrigins: env.recruspaceAllowedBaseUrls.map((baseUrl) => new URL(baseUrl).origin),
    allowedHosts: env.recruspaceFileHosts,
    maxBytes: env.MAX_CV_BYTES,
    timeoutMs: FILE_FETCH_TIMEOUT_MS,
  };
}

/** What the user reads when a file link was refused or its fetch failed: true and free of the link itself. */
function refusal(error: SafeFetchError, kind: CandidateFileKind, maxBytes: number): { status: number; error: string; code: SafeFetchRefusal } {
  const what = kind === "cv" ? "the CV" : "the photo";
  const notFetched = `so the app did not fetch ${what}. If this keeps happening, tell your admin.`;
  const words: Record<SafeFetchRefusal, [number, string]> = {
    unusable_url: [502, `Recruspace gave an unusable file link, ${notFetched}`],
    not_https: [502, `Recruspace gave a file link that does not use https, ${notFetched}`],
    host_not_allowed: [502, `Recruspace gave a file link to a host that is not an allowed file storage host, ${notFetched}`],
    unresolvable: [502, `The host of Recruspace's file link could not be found, ${notFetched}`],
    not_public: [502, `Recruspace gave a file link to a private or local network address, ${notFetched}`],
    redirect: [502, `Recruspace's file link redirects elsewhere and the app does not follow redirects for files, ${notFetched}`],
    too_large: [502, `${what[0]!.toUpperCase()}${what.slice(1)} is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB limit, so it is not shown.`],
    http_error: [502, "Recruspace did not hand over the file. Please try again."],
    network: [502, "Recruspace did not hand over the file. Please try again."],
    timeout: [504, "The file could not be fetched from Recruspace in time."],
  };
  const [status, message] = words[error.reason];
  return { status, error: message, code: error.reason };
}

/**
 * Where the file route gets the candidate: the shared answer, and past it when a link was refused (a
 * plain client's getCandidate is always fresh, so it needs no second method).
 */
export type CandidateSource = {
  getCandidate(id: number): Promise<CandidateDetail>;
  getFreshCandidate?(id: number): Promise<CandidateDetail>;
};

type StoredFile = NonNullable<CandidateDetail["cv"]>;

/** The storage's answer to an expired (or re-signed) presigned link. */
const isRefusedLink = (error: SafeFetchError) => error.reason === "http_error" && error.status === 403;

export async function streamCandidateFile(
  source: CandidateSource,
  candidateId: number,
  kind: CandidateFileKind,
  options: { download: boolean; policy?: SafeFetchPolicy },
): Promise<FileStreamOutcome> {
  const pick = (candidate: CandidateDetail) => (kind === "cv" ? candidate.cv : candidate.photo);
  const missing = { ok: false, status: 404, error: kind === "cv" ? "This candidate has no CV." : "This candidate has no photo." } as const;
  let file = pick(await source.getCandidate(candidateId));
  if (!file?.presigned_url) return missing;

  const policy = options.policy ?? fileFetchPolicy();
  let upstream: SafeResponse;
  try {
    try {
      upstream = await fetchLink(file, policy);
    } catch (error) {
      if (!(error instanceof SafeFetchError) || !isRefusedLink(error)) throw error;
      // Once: a link refused right after a fresh answer will not be better on a third try.
      file = pick(await (source.getFreshCandidate ?? source.getCandidate)(candidateId));
      if (!file?.presigned_url) return missing;
      upstream = await fetchLink(file, policy);
    }
  } catch (error) {
    if (!(error instanceof SafeFetchError)) throw error;
    // By reason only: the link itself could be a secret (a presigned signature) or an attack's target.
    if (!["timeout", "network", "http_error"].includes(error.reason)) console.warn(`[candidate ${kind}] refused the file link: ${error.reason}`);
    return { ok: false, ...refusal(error, kind, policy.maxBytes) };
  }

  const fileName = file.name || `${kind}-${candidateId}`;
  const upstreamType = upstream.headers["content-type"];
  const contentType = resolveContentType(fileName, file.type, typeof upstreamType === "string" ? upstreamType : null);
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(fileName, contentType, options.download),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // The candidate page previews PDFs in a same-origin iframe; nothing else may frame the file.
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy": contentType === "application/pdf" ? "frame-ancestors 'self'" : "default-src 'none'; frame-ancestors 'self'",
  });
  if (upstream.contentLength !== null) headers.set("Content-Length", String(upstream.contentLength));
  return { ok: true, response: new Response(upstream.body, { status: 200, headers }) };
}

function fetchLink(file: StoredFile, policy: SafeFetchPolicy): Promise<SafeResponse> {
  return safeFetch(file.presigned_url!, policy);
}
