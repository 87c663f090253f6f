"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { emailSchema } from "@/lib/candidates/schemas";
import type { EmailMatch } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";

export type CheckDuplicate = (input: { email: string; destination?: string }) => Promise<ActionResult<{ matches: EmailMatch[] }>>;

/**
 * Looks the email up (debounced while typing, at once on blur): the records that already have it.
 * Advisory only: Recruspace's 409 is what decides "already in this pool or post". `knownMatchIds` is
 * what the check saw for the email now in the field (null until it finished), so the server can tell
 * a record that appeared after a lost answer from one that was there before.
 */
export function useDuplicateCheck(check: CheckDuplicate, email: string) {
  const [result, setResult] = useState<{ email: string; matches: EmailMatch[] } | null>(null);
  const lastKey = useRef("");

  const run = useCallback(
    async (force = false) => {
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success) {
        lastKey.current = "";
        return setResult(null);
      }
      const key = parsed.data.toLowerCase();
      if (!force && key === lastKey.current) return;
      lastKey.current = key;
      try {
        const answer = await check({ email: parsed.data });
        if (lastKey.current === key && answer.ok) setResult({ email: key, matches: answer.data.matches });
      } catch {
        // The server looks itself when the form could not.
      }
    },
    [check, email],
  );

  useEffect(() => {
    const timer = setTimeout(() => void run(), 600);
    return () => clearTimeout(timer);
  }, [run]);

  const current = result && result.email === email.trim().toLowerCase() ? result : null;
  return {
    matches: current?.matches ?? [],
    knownMatchIds: current ? current.matches.map((match) => match.id) : null,
    show: (matches: EmailMatch[]) => setResult({ email: email.trim().toLowerCase(), matches }),
    clear: () => setResult(null),
    checkNow: () => run(),
  };
}
