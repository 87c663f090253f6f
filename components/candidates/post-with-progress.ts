import type { ActionResult } from "@/lib/errors/result";
import { sessionEnded, unreadableAnswer } from "@/lib/errors/browser-requests";

/**
 * POSTs a body to one of our streaming routes with XMLHttpRequest (fetch cannot report upload
 * progress) and reads its answer, which has the shape of a server action's result. `lost` is what to
 * say when the connection drops: the request may have reached Recruspace, so never a blind retry.
 */
export function postWithProgress<T>(
  url: string,
  headers: Record<string, string>,
  body: XMLHttpRequestBodyInit,
  onProgress: (fraction: number) => void,
  words: { lost: string; unreadable: string },
): Promise<ActionResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const answer = xhr.response as ActionResult<T> | null;
      if (answer && typeof answer === "object" && "ok" in answer) return resolve(answer);
      if (xhr.status === 401) return resolve({ ok: false, code: "unauthenticated", error: sessionEnded() });
      resolve({ ok: false, code: "internal", error: unreadableAnswer(xhr.status, words.unreadable) });
    };
    xhr.onerror = () => resolve({ ok: false, code: "network", error: words.lost });
    xhr.send(body);
  });
}
