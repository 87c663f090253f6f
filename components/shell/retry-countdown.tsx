"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Counts down a rate limit's wait, then reloads the page's data once. Screen readers hear the wait once, as
 * it was given, and the retry; the ticking seconds beside it are not announced.
 */
export function RetryCountdown({ seconds }: { seconds: number }) {
  const router = useRouter();
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) {
      router.refresh();
      return;
    }
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
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
