"use client";

import dynamic from "next/dynamic";

// Toasts are never part of the first paint, and only the signed-in app shows them: loading sonner
// later and only there keeps the light routes (/quick-add, sign-in) from shipping it at all.
const SonnerToaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

/**
 * Bottom right on desktop, full width at the bottom on phones (sonner's own layout below 600 px):
 * never over the header search or a dialog's title. Toasts are for results that outlive the form
 * that caused them; a form's own errors stay in the form.
 */
export function Toaster() {
  return <SonnerToaster closeButton position="bottom-right" />;
}
