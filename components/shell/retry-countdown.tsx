"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useClockUntil } from "@/components/ui/use-clock-until";

/**
 * Counts down a rate limit's wait, then reloads the page's data once. Screen readers hear the wait once, as
 * it was given, and the retry; the ticking seconds beside it are not announced.
 */
export function RetryCountdown({ seconds }: { seconds: number }) {
  const router = useRouter();
  const [until] = useState(() => Date.now() + seconds * 1000);
  const now = useClockUntil(until);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left <= 0) router.refresh();
  }, [left, router]);
  return (
    <>
      <p aria-live="polite" className="sr-only" data-testid="retry-announcement">
        {left > 0 ? `Recruspace is rate-limiting. The page retries in ${seconds} seconds.` : "Retrying…"}
      </p>
      <p aria-hidden="true">{left > 0 ? `Recruspace is rate-limiting, retrying in ${left} s.` : "Retrying…"}</p>
    </>
  );
}
