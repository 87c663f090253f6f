"use client";

import { Command as CommandIcon } from "lucide-react";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { Action } from "@/lib/errors/result";
import type { PaletteTargets } from "@/lib/list-cache/palette-targets";
import { isTyping } from "@/components/ui/is-typing";
import { shortcutFor, type ShortcutIntent } from "./shortcuts";
import type { SearchPeople } from "./use-people-search";

const loadPalette = () => import("./command-palette-dialog");
const PaletteDialog = lazy(loadPalette);
const loadHelp = () => import("./shortcuts-help");
const ShortcutsHelp = lazy(loadHelp);

export type LoadPaletteTargets = Action<Record<string, never>, PaletteTargets>;

/**
 * Ctrl+K / ⌘K (or the header button) opens the command palette, "?" the shortcuts overlay; neither
 * when the key is typed into a field. Both load their code on first use, not with the page.
 */
export function CommandPalette({ searchPeople, loadTargets }: { searchPeople?: SearchPeople; loadTargets: LoadPaletteTargets }) {
  const [open, setOpen] = useState<ShortcutIntent | null>(null);
  const [used, setUsed] = useState<Partial<Record<ShortcutIntent, true>>>({});
  const show = useCallback((intent: ShortcutIntent) => {
    setUsed((was) => (was[intent] ? was : { ...was, [intent]: true }));
    setOpen(intent);
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const intent = shortcutFor({ key: event.key, metaKey: event.metaKey, ctrlKey: event.ctrlKey, altKey: event.altKey, typing: isTyping(event.target) });
      if (!intent) return;
      event.preventDefault();
      show(intent);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [show]);

  const closeUnless = (intent: ShortcutIntent) => (isOpen: boolean) => setOpen(isOpen ? intent : null);
  return (
    <>
      <button
        type="button"
        aria-label="Open the command palette"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onPointerEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
        onClick={() => show("palette")}
        className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-md px-2.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <CommandIcon aria-hidden="true" className="size-5" />
        <kbd aria-hidden="true" className="hidden rounded border border-slate-300 px-1.5 text-xs text-slate-600 lg:inline dark:border-slate-700 dark:text-slate-400">
          Ctrl K
        </kbd>
      </button>
      {used.palette ? (
        <Suspense fallback={null}>
          <PaletteDialog open={open === "palette"} onOpenChange={closeUnless("palette")} searchPeople={searchPeople} loadTargets={loadTargets} onShowHelp={() => show("help")} />
        </Suspense>
      ) : null}
      {used.help ? (
        <Suspense fallback={null}>
          <ShortcutsHelp open={open === "help"} onOpenChange={closeUnless("help")} />
        </Suspense>
      ) : null}
    </>
  );
}
