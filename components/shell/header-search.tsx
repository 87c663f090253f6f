"use client";

import { Search } from "lucide-react";
import { useRouter, useSearchParams, usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";

/** True when a key press is meant for a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The header's search-by-email box. A plain GET form to /search (works without JavaScript);
 * "/" anywhere on the page focuses it.
 */
export function HeaderSearch({ className }: { className?: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  // Typed nullable because pages/ exists (pages/api/uploads/cv.ts); never null under the App Router.
  const pathname = usePathname() ?? "/";
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const current = pathname === "/search" ? (searchParams.get("email") ?? "") : "";

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

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={cn("relative w-full", className)}
      onSubmit={(event) => {
        event.preventDefault();
        const email = inputRef.current?.value.trim() ?? "";
        if (email) router.push(`/search?email=${encodeURIComponent(email)}`);
      }}
    >
      <label htmlFor="header-search" className="sr-only">
        Search candidates by email
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-slate-500" />
      <input
        ref={inputRef}
        id="header-search"
        key={current}
        name="email"
        type="search"
        defaultValue={current}
        placeholder="Search by email"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        className={cn(inputClass, "h-10 pl-9 pr-10")}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-600 sm:block dark:border-slate-700 dark:text-slate-400"
      >
        /
      </kbd>
    </form>
  );
}
