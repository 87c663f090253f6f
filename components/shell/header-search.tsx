"use client";

import { Search } from "lucide-react";
import { useRouter, useSearchParams, usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { isTyping } from "@/components/ui/is-typing";
import { nameOf, usePeopleSearch, type SearchPeople } from "./use-people-search";

export type { SearchPeople };

/**
 * The header's search: names, tags and emails. A plain GET form to /search (works without JavaScript);
 * as the user types, the people this workspace has seen are suggested (the index, no Recruspace call);
 * Enter on a suggestion opens that person, otherwise the search page (an exact email opens the candidate).
 * "/" anywhere on the page focuses it.
 */
export function HeaderSearch({ className, searchPeople }: { className?: string; searchPeople?: SearchPeople }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  // Typed nullable because pages/ exists (pages/api/uploads/cv.ts); never null under the App Router.
  const pathname = usePathname() ?? "/";
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const current = pathname === "/search" ? (searchParams.get("q") ?? searchParams.get("email") ?? "") : "";
  const [text, setText] = useState(current);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = usePeopleSearch(text, searchPeople);
  // A new answer starts with nothing chosen; a navigation puts the page's query in the box.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- keyed resets would remount the combobox and lose its focus
  useEffect(() => setActive(-1), [hits]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- as above
  useEffect(() => setText(current), [current]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const showList = open && text.trim().length >= 2 && Boolean(searchPeople);
  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={cn("relative w-full", className)}
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = hits[active];
        if (showList && chosen) return go(`/candidates/${chosen.candidateId}`);
        const query = text.trim();
        if (query) go(`/search?q=${encodeURIComponent(query)}`);
      }}
    >
      <label htmlFor="header-search" className="sr-only">
        Search candidates by name, tag or email
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-slate-500" />
      <input
        ref={inputRef}
        id="header-search"
        name="q"
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (!showList) return;
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((index) => Math.min(hits.length - 1, index + 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(-1, index - 1));
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        placeholder="Search by name, tag or email"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        role="combobox"
        aria-expanded={showList}
        aria-controls="header-search-suggestions"
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `header-search-hit-${active}` : undefined}
        className={cn(inputClass, "h-10 pl-9 pr-10")}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-600 sm:block dark:border-slate-700 dark:text-slate-400"
      >
        /
      </kbd>
      <div
        className={cn(
          "absolute left-0 right-0 top-full z-40 mt-1 rounded-md border border-slate-200 bg-white text-sm shadow-lg dark:border-slate-800 dark:bg-slate-900",
          showList ? null : "hidden",
        )}
      >
        <ul id="header-search-suggestions" role="listbox" aria-label="People this workspace has seen">
          {hits.map((hit, index) => (
            <li
              key={hit.candidateId}
              id={`header-search-hit-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                go(`/candidates/${hit.candidateId}`);
              }}
              className={cn("cursor-pointer px-3 py-2", index === active ? "bg-slate-100 dark:bg-slate-800" : null)}
            >
              <span className="block font-medium">{nameOf(hit)}</span>
              <span className="block break-all text-xs text-slate-600 dark:text-slate-400">
                {hit.email}
                {hit.tags.length ? ` · ${hit.tags.slice(0, 3).join(", ")}` : ""}
              </span>
            </li>
          ))}
        </ul>
        <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
          {hits.length ? "" : "Nobody this workspace has seen matches yet. "}Finds people this workspace has seen; press Enter to search, an exact email opens the candidate.
        </p>
      </div>
    </form>
  );
}
