"use client";

import { useCallback, useState } from "react";
import type { DestinationOption } from "@/lib/candidates/destinations";
import type { ActionResult } from "@/lib/errors/result";
import { serverUnreachable } from "@/lib/errors/browser-requests";

export type ListDestinations = (input: { search: string }) => Promise<ActionResult<{ options: DestinationOption[]; jobPostsTruncated?: boolean }>>;

export type DestinationsState = { phase: "idle" } | { phase: "loading" } | { phase: "ready"; options: DestinationOption[]; truncated: boolean } | { phase: "failed"; message: string };

/**
 * The job posts and pools, asked for only when the user opens a panel that needs them: a candidate page
 * that is only read spends no request of the key's budget on them.
 */
export function useDestinationOptions(list: ListDestinations) {
  const [state, setState] = useState<DestinationsState>({ phase: "idle" });
  const load = useCallback(async () => {
    setState((current) => (current.phase === "ready" || current.phase === "loading" ? current : { phase: "loading" }));
    try {
      const result = await list({ search: "" });
      setState(result.ok ? { phase: "ready", options: result.data.options, truncated: Boolean(result.data.jobPostsTruncated) } : { phase: "failed", message: result.error });
    } catch {
      setState({ phase: "failed", message: serverUnreachable() });
    }
  }, [list]);
  const search = useCallback(
    async (term: string) => {
      const result = await list({ search: term }).catch(() => null);
      return result?.ok ? result.data.options : null;
    },
    [list],
  );
  return { state, load, search };
}
