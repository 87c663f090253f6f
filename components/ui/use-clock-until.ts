"use client";

import { useEffect, useState } from "react";

/**
 * The time now, read again every second until `until` (ms since the epoch) has passed, so a countdown
 * can render from it; null: no clock runs. Between the ticks the value is up to a second old.
 */
export function useClockUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock is the external system: read it when a new deadline starts
    setNow(Date.now());
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return now;
}
