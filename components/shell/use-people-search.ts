"use client";

import { useEffect, useRef, useState } from "react";
import type { IndexHit } from "@/lib/candidate-index/search";
import type { Action } from "@/lib/errors/result";

export type SearchPeople = Action<{ query: string }, IndexHit[]>;

/** How a hit is named: its name, or the email when the index knows no name. */
export const nameOf = (hit: IndexHit) => [hit.firstName, hit.lastName].filter(Boolean).join(" ") || hit.email;

/**
 * The people of the workspace index matching what the user typed (two characters or more), asked
 * 150 ms after the last keystroke; only the answer to the latest keystroke counts.
 */
export function usePeopleSearch(text: string, searchPeople: SearchPeople | undefined): IndexHit[] {
  const [hits, setHits] = useState<IndexHit[]>([]);
  const asked = useRef(0);

  useEffect(() => {
    const query = text.trim();
    if (!searchPeople || query.length < 2) {
      ++asked.current;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a query too short to ask drops the last answer at once
      setHits([]);
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(async () => {
      const result = await searchPeople({ query }).catch(() => null);
      if (ticket !== asked.current) return;
      setHits(result?.ok ? result.data : []);
    }, 150);
    return () => clearTimeout(timer);
  }, [text, searchPeople]);

  return hits;
}
