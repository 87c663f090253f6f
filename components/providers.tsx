"use client";

import dynamic from "next/dynamic";
import { ThemeProvider } from "next-themes";

// Toasts are never part of the first paint; loading them later keeps every route's first JS smaller.
const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
      {children}
      <Toaster closeButton position="top-center" />
    </ThemeProvider>
  );
}
