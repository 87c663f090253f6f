"use client";

import dynamic from "next/dynamic";

// Toasts are never part of the first paint, and only the signed-in app shows them: loading sonner
// later and only there keeps the light routes (/quick-add, sign-in) from shipping it at all.
const SonnerToaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Toaster() {
  return <SonnerToaster closeButton position="top-center" />;
}
