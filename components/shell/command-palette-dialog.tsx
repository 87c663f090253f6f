"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { describeFailure } from "@/lib/errors/describe";
import type { PaletteTargets } from "@/lib/list-cache/palette-targets";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { LoadPaletteTargets } from "./command-palette";
import { filterEntries, PALETTE_ACTIONS, type PaletteEntry } from "./palette-entries";
import { nameOf, usePeopleSearch, type SearchPeople } from "./use-people-search";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  searchPeople?: SearchPeople;
  loadTargets: LoadPaletteTargets;
  onShowHelp: () => void;
};

/**
 * The command palette (cmdk on the app's Radix dialog): people from the workspace index as the user
 * types, the talent pools and job posts (read once each time it opens, from the cached lists), and
 * the actions. Loaded on first use (command-palette.tsx).
 */
export default function CommandPaletteDialog({ open, onOpenChange, searchPeople, loadTargets, onShowHelp }: Props) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [targets, setTargets] = useState<PaletteTargets | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const people = usePeopleSearch(query, searchPeople);

  useEffect(() => {
    if (!open) return;
    let current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- each opening starts empty and loads its targets; one extra render per opening
    setQuery("");
    loadTargets({})
      .catch((error: unknown) => ({ ok: false as const, error: describeFailure(error, { surface: "action" }).message }))
      .then((result) => {
        if (!current) return;
        setTargets(result.ok ? result.data : null);
        setProblem(result.ok ? null : result.error);
      });
    return () => {
      current = false;
    };
  }, [open, loadTargets]);

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };
  const typed = query.trim();
  const groups: { heading: string; entries: PaletteEntry[] }[] = [
    {
      heading: "People this workspace has seen",
      entries: typed.length >= 2 ? people.map((hit) => ({ id: `candidate:${hit.candidateId}`, label: nameOf(hit), detail: hit.email, href: `/candidates/${hit.candidateId}` })) : [],
    },
    { heading: "Actions", entries: filterEntries(PALETTE_ACTIONS, typed) },
    {
      heading: "Talent pools",
      entries: filterEntries(
        (targets?.pools ?? []).map((pool) => ({ id: `pool:${pool.id}`, label: pool.name, detail: pool.candidateCount === null ? undefined : `${pool.candidateCount} candidates`, href: `/talent-pools/${pool.id}` })),
        typed,
      ),
    },
    {
      heading: "Job posts",
      entries: filterEntries(
        (targets?.jobPosts ?? []).map((post) => ({ id: `post:${post.hash}`, label: post.title, detail: post.status ?? undefined, href: `/job-posts/${post.hash}` })),
        typed,
      ),
    },
    {
      heading: "Search",
      entries: typed
        ? [
            { id: "search:people", label: `Search people for “${typed}”`, href: `/search?q=${encodeURIComponent(typed)}` },
            ...(targets?.moreJobPosts ? [{ id: "search:job-posts", label: `Search job posts for “${typed}”`, href: `/job-posts?search=${encodeURIComponent(typed)}` }] : []),
          ]
        : [],
    },
  ];

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Go to" description="A candidate, talent pool, job post or action." className="max-w-xl">
      <Command shouldFilter={false} label="Command palette" loop className="flex flex-col gap-3">
        <Command.Input value={query} onValueChange={setQuery} placeholder="Type a name, pool, job post or action" className={cn(inputClass, "h-10")} />
        <Command.List aria-label="Results" className="max-h-[min(24rem,60dvh)] overflow-y-auto">
          {targets === null && problem === null ? <Command.Loading label="Loading pools and job posts">Loading pools and job posts…</Command.Loading> : null}
          <Command.Empty className="px-2 py-3 text-sm text-slate-600 dark:text-slate-400">Nothing matches.</Command.Empty>
          {groups.map((group) =>
            group.entries.length ? (
              <Command.Group
                key={group.heading}
                heading={group.heading}
                className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-600 dark:[&_[cmdk-group-heading]]:text-slate-400"
              >
                {group.entries.map((entry) => (
                  <Command.Item
                    key={entry.id}
                    value={entry.id}
                    onSelect={() => go(entry.href)}
                    className="cursor-pointer rounded-md px-2 py-2 text-sm data-[selected=true]:bg-slate-100 dark:data-[selected=true]:bg-slate-800"
                  >
                    <span className="block font-medium">{entry.label}</span>
                    {entry.detail ? <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{entry.detail}</span> : null}
                  </Command.Item>
                ))}
              </Command.Group>
            ) : null,
          )}
        </Command.List>
      </Command>
      {problem ? <p className="mt-3 text-sm text-red-700 dark:text-red-400">{problem}</p> : null}
      <p className="mt-3 border-t border-slate-200 pt-3 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        People are those this workspace has seen.{" "}
        <button type="button" onClick={onShowHelp} className="font-medium text-brand-700 underline dark:text-blue-300">
          Keyboard shortcuts
        </button>
      </p>
    </Dialog>
  );
}
