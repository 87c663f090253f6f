"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { emailSchema } from "@/lib/candidates/schemas";
import type { ExistingCandidate } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";

export type CheckDuplicate = (input: { email: string; destination?: string }) => Promise<ActionResult<{ existing: ExistingCandidate | null }>>;

/**
 * Looks the email up (debounced while typing, at once on blur) and again when the destination
 * changes. A failed lookup stays silent: the server checks again before creating anyone.
 */
export function useDuplicateCheck(check: CheckDuplicate, email: string, destination: string) {
  const [existing, setExisting] = useState<ExistingCandidate | null>(null);
  const lastKey = useRef("");

  const run = useCallback(
    async (force = false) => {
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success) {
        lastKey.current = "";
        return setExisting(null);
      }
      const key = `${parsed.data.toLowerCase()}|${destination}`;
      if (!force && key === lastKey.current) return;
      lastKey.current = key;
      try {
        const result = await check({ email: parsed.data, ...(destination ? { destination } : {}) });
        if (lastKey.current === key && result.ok) setExisting(result.data.existing);
      } catch {
        // The server repeats this check before it creates anyone.
      }
    },
    [check, email, destination],
  );

  useEffect(() => {
    const timer = setTimeout(() => void run(), 600);
    return () => clearTimeout(timer);
  }, [run]);

  return { existing, setExisting, checkNow: () => run() };
}
