"use client";

import { useSyncExternalStore } from "react";

const WIDE_SCREEN = "(min-width: 640px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE_SCREEN);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * The inline PDF preview, on wide screens only. A hidden iframe still downloads its document, so
 * on a phone (where the preview would be hidden) it is not rendered at all: a CV can be 20 MiB.
 * On wide screens it loads lazily, when the CV section comes near the viewport.
 */
export function CvPreview({ src, title }: { src: string; title: string }) {
  const wide = useSyncExternalStore(subscribe, () => window.matchMedia(WIDE_SCREEN).matches, () => false);
  return (
    <div className="hidden h-[70vh] w-full overflow-hidden rounded-md border border-slate-200 bg-slate-50 sm:block dark:border-slate-800 dark:bg-slate-900">
      {wide ? <iframe src={src} title={title} loading="lazy" className="size-full" /> : null}
    </div>
  );
}
