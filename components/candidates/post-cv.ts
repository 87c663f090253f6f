import { CV_ACCEPT, formatBytes } from "@/lib/cv/limits";
import type { UploadedCv } from "@/lib/candidates/schemas";
import { RENDERED_TENANT_HEADER } from "@/lib/tenancy/rendered-tenant-header";
import { sessionEnded, unreadableAnswer, uploadCancelled, uploadDropped, uploadTimedOut } from "@/lib/errors/browser-requests";

export class CvUploadFailed extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "CvUploadFailed";
  }
}

export type UploadHandle = { promise: Promise<UploadedCv>; abort(): void };

const EXTENSIONS = Object.values(CV_ACCEPT).flat() as string[];

/** The browser-side check before a byte is sent; the server checks the content again. */
export function precheckCv(file: { name: string; size: number }, maxBytes: number): string | null {
  const dot = file.name.lastIndexOf(".");
  const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
  if (!EXTENSIONS.includes(extension)) return `“${file.name}” is not a PDF, DOC or DOCX file.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > maxBytes) return `“${file.name}” is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
  return null;
}

/**
 * Sends the raw file to our streaming route with XMLHttpRequest, because fetch() cannot report
 * upload progress. `onProgress` gets 0..1. `tenantId` is the workspace the page was rendered for: the
 * route refuses the upload when another workspace is active by now (a stale tab).
 */
export function uploadCv(file: File, tenantId: string, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  let sending: ReturnType<typeof setTimeout> | undefined;
  let cancelBeforeSending = () => {};
  const promise = new Promise<UploadedCv>((resolve, reject) => {
    xhr.open("POST", "/api/uploads/cv");
    xhr.setRequestHeader(RENDERED_TENANT_HEADER, tenantId);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as Partial<UploadedCv> & { error?: string; code?: string };
      if (xhr.status >= 200 && xhr.status < 300 && body.documentId) {
        onProgress(1);
        return resolve({ documentId: String(body.documentId), name: body.name ?? file.name, size: body.size ?? file.size });
      }
      if (xhr.status === 401) return reject(new CvUploadFailed(sessionEnded(), "unauthenticated"));
      reject(new CvUploadFailed(body.error ?? unreadableAnswer(xhr.status), body.code ?? "http_error"));
    };
    xhr.onerror = () => reject(new CvUploadFailed(uploadDropped(), "network"));
    xhr.ontimeout = () => reject(new CvUploadFailed(uploadTimedOut(), "timeout"));
    xhr.onabort = () => reject(new CvUploadFailed(uploadCancelled(), "aborted"));
    // Sent in a task of its own: handing a file to the network costs a slow phone tens of milliseconds,
    // which would otherwise add to the drop's own task (and to the page's longest one).
    sending = setTimeout(() => {
      sending = undefined;
      xhr.send(file);
    }, 0);
    cancelBeforeSending = () => reject(new CvUploadFailed(uploadCancelled(), "aborted"));
  });
  return {
    promise,
    abort: () => {
      // Not sent yet: abort() would end the request without an event, so the promise is settled here.
      if (sending === undefined) return xhr.abort();
      clearTimeout(sending);
      sending = undefined;
      cancelBeforeSending();
    },
  };
}
