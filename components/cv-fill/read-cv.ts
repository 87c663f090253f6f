import type { CvReading } from "@/lib/cv-fields/read-file";
import type { ReadCvAnswer, ReadCvRequest } from "./read-cv.worker";

/** Longer than any CV takes on a slow phone; past it the worker is stopped and nothing is filled. */
const TIMEOUT_MS = 20_000;

let worker: Worker | null = null;
let nextId = 1;

function theWorker(): Worker {
  // Created when a file is on its way (or dropped) only: the parser's code is not part of any page's first load.
  worker ??= new Worker(new URL("./read-cv.worker.ts", import.meta.url), { type: "module", name: "read-cv" });
  return worker;
}

/**
 * Starts the worker and its parser for the kind of file about to come (a file dragged over the page, the
 * file picker opened), so the seconds a person takes to drop or choose it hide the parser's loading.
 */
export function warmCvReader(kind: "pdf" | "docx"): void {
  theWorker().postMessage({ warm: kind } satisfies ReadCvRequest);
}

/** Reads a CV in the worker. The file is handed over by reference; its bytes are read there. */
export function readCv(file: Blob): Promise<CvReading> {
  const id = nextId++;
  const current = theWorker();
  return new Promise((resolve) => {
    const done = (reading: CvReading) => {
      clearTimeout(timer);
      current.removeEventListener("message", onMessage);
      current.removeEventListener("error", onError);
      resolve(reading);
    };
    const onMessage = (event: MessageEvent<ReadCvAnswer>) => {
      if (event.data && event.data.id === id && typeof event.data.reading === "object") done(event.data.reading);
    };
    const onError = () => {
      stop(current);
      done({ ok: false, reason: "unreadable" });
    };
    const timer = setTimeout(() => {
      stop(current);
      done({ ok: false, reason: "unreadable" });
    }, TIMEOUT_MS);
    current.addEventListener("message", onMessage);
    current.addEventListener("error", onError);
    current.postMessage({ id, file } satisfies ReadCvRequest);
  });
}

function stop(stuck: Worker) {
  stuck.terminate();
  if (worker === stuck) worker = null;
}
