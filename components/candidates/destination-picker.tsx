"use client";

import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { DestinationOption } from "@/lib/candidates/destinations";

export type SearchDestinations = (search: string) => Promise<DestinationOption[] | null>;

/**
 * A filter box over a native select grouped into job posts and talent pools. When the tenant has
 * more job posts than the first page, typing also asks the server (title search).
 */
export function DestinationPicker({
  id,
  value,
  onChange,
  options: initialOptions,
  truncated,
  search,
  invalid,
  describedBy,
  selectClassName,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: DestinationOption[];
  truncated: boolean;
  search: SearchDestinations;
  invalid?: boolean;
  describedBy?: string;
  selectClassName?: string;
}) {
  const [filter, setFilter] = useState("");
  const [extra, setExtra] = useState<DestinationOption[]>([]);
  const [pending, startTransition] = useTransition();
  const lastSearch = useRef("");

  useEffect(() => {
    const term = filter.trim();
    if (!truncated || term.length < 2 || term === lastSearch.current) return;
    const timer = setTimeout(() => {
      lastSearch.current = term;
      startTransition(async () => {
        const found = await search(term);
        if (found) setExtra((previous) => mergeOptions(previous, found));
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [filter, truncated, search]);

  const all = useMemo(() => mergeOptions(initialOptions, extra), [initialOptions, extra]);
  const needle = filter.trim().toLowerCase();
  const visible = all.filter((option) => !needle || option.label.toLowerCase().includes(needle) || option.value === value);
  const posts = visible.filter((option) => option.kind === "job_post");
  const pools = visible.filter((option) => option.kind === "talent_pool");

  return (
    <div className="space-y-2">
      <input
        type="search"
        aria-label="Filter job posts and talent pools"
        placeholder="Type to filter…"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        className={cn(inputClass, "h-10")}
      />
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={cn(inputClass, "h-10", selectClassName)}
      >
        <option value="">Choose a job post or talent pool…</option>
        {posts.length ? (
          <optgroup label="Job posts">
            {posts.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {pools.length ? (
          <optgroup label="Talent pools">
            {pools.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {pending ? "Searching job posts…" : needle ? `${visible.length} match${visible.length === 1 ? "" : "es"}` : null}
      </p>
    </div>
  );
}

export function mergeOptions(base: DestinationOption[], more: DestinationOption[]): DestinationOption[] {
  const seen = new Set(base.map((option) => option.value));
  return [...base, ...more.filter((option) => !seen.has(option.value))];
}

export function destinationLabel(options: DestinationOption[], value: string): string {
  const option = options.find((candidate) => candidate.value === value);
  if (!option) return "the chosen destination";
  return `${option.kind === "job_post" ? "job post" : "talent pool"} “${option.label}”`;
}
