"use client";

import { RotateCcw } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/**
 * The error boundary body for every route: production errors from the server carry no message
 * (by design), so the text is generic and the digest lets support find the server log line.
 */
export function RouteError({ error, retry, title = "This page could not be shown" }: { error: unknown; retry: () => void; title?: string }) {
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: string }).digest ?? "") : "";
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Notice
      tone="error"
      title={title}
      action={
        <Button variant="secondary" onClick={() => retry()}>
          <RotateCcw aria-hidden="true" className="size-4" /> Try again
        </Button>
      }
    >
      <p>Something went wrong while loading it. Trying again usually helps.</p>
      {digest ? <p className="mt-1 text-xs opacity-80">Reference: {digest}</p> : null}
    </Notice>
  );
}
