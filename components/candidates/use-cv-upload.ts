"use client";

import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { UploadedCv } from "@/lib/candidates/schemas";
import { CvUploadFailed, precheckCv, uploadCv, type UploadHandle } from "./post-cv";

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading"; name: string; size: number; progress: number }
  | { phase: "error"; name: string; size: number; message: string };

/**
 * One CV upload at a time: starting another (replace) or cancelling aborts the running one.
 * `onUploaded` also gets the File: a candidate with a phone number sends it again (see send-candidate.ts).
 * `tenantId` is the workspace the page was rendered for (see uploadCv).
 */
export function useCvUpload(maxBytes: number, tenantId: string, onUploaded: (cv: UploadedCv, file: File) => void) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const current = useRef<UploadHandle | null>(null);
  const onUploadedRef = useRef(onUploaded);
  // The latest callback, for an upload that ends after a re-render; set after the render, not during it.
  useLayoutEffect(() => {
    onUploadedRef.current = onUploaded;
  });

  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(
    (file: File) => {
      current.current?.abort();
      const problem = precheckCv(file, maxBytes);
      if (problem) return setState({ phase: "error", name: file.name, size: file.size, message: problem });
      // Transitions: the form re-renders for the upload in slices, so a drop never blocks the page for long
      // (the CV is read beside it, and on a slow phone one render of the whole form is tens of milliseconds).
      startTransition(() => setState({ phase: "uploading", name: file.name, size: file.size, progress: 0 }));
      const handle = uploadCv(file, tenantId, (progress) =>
        startTransition(() => setState((previous) => (previous.phase === "uploading" && current.current === handle ? { ...previous, progress } : previous))),
      );
      current.current = handle;
      handle.promise.then(
        (cv) => {
          if (current.current !== handle) return;
          current.current = null;
          startTransition(() => {
            setState({ phase: "idle" });
            onUploadedRef.current(cv, file);
          });
        },
        (error: unknown) => {
          if (current.current !== handle) return;
          current.current = null;
          if (error instanceof CvUploadFailed && error.code === "aborted") return setState({ phase: "idle" });
          const message = error instanceof Error ? error.message : "The upload failed.";
          setState({ phase: "error", name: file.name, size: file.size, message: `Uploading the CV failed: ${message}` });
        },
      );
    },
    [maxBytes, tenantId],
  );

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState({ phase: "idle" });
  }, []);

  const reject = useCallback((name: string, size: number, message: string) => {
    setState({ phase: "error", name, size, message });
  }, []);

  return { state, start, cancel, reject };
}
