"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { emailSchema } from "@/lib/candidates/schemas";
import type { EmailMatch, ExistingPerson } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";

export type CheckDuplicate = (input: { email: string; destination?: string }) => Promise<ActionResult<{ matches: EmailMatch[]; person?: ExistingPerson | null }>>;

/**
 * Looks the email up (debounced while typing, at once on blur): the records that already have it.
 * Advisory only: Recruspace's 409 is what decides "already in this pool or post". `knownMatchIds` is
 * what the check saw for the email now in the field (null until it finished), so the server can tell
 * a record that appeared after a lost answer from one that was there before.
 */
export function useDuplicateCheck(check: CheckDuplicate, email: string) {
  const [result, setResult] = useState<{ email: string; matches: EmailMatch[]; person?: ExistingPerson | null } | null>(null);
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
        if (lastKey.current === key && answer.ok) setResult({ email: key, matches: answer.data.matches, person: answer.data.person ?? null });
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
    /** The name Recruspace has for the person with this email (null: none found, or no name). */
    person: current?.person ?? null,
    knownMatchIds: current ? current.matches.map((match) => match.id) : null,
    show: (matches: EmailMatch[]) => setResult({ email: email.trim().toLowerCase(), matches }),
    clear: () => setResult(null),
    checkNow: () => run(),
  };
}

/**
 * Fills the form's name fields from the record the duplicate check found, but only fields that are
 * still empty: nothing the user typed is overwritten.
 */
export function useFillNameFrom(
  person: ExistingPerson | null,
  fields: { get: (name: "firstName" | "lastName") => string; set: (name: "firstName" | "lastName", value: string) => void },
) {
  const filled = useRef<ExistingPerson | null>(null);
  useEffect(() => {
    if (!person || filled.current === person) return;
    filled.current = person;
    if (!fields.get("firstName")?.trim() && person.firstName) fields.set("firstName", person.firstName);
    if (!fields.get("lastName")?.trim() && person.lastName) fields.set("lastName", person.lastName);
  }, [person, fields]);
}
