"use client";

import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS } from "./shortcuts";

/** The "?" overlay: every keyboard shortcut of the signed-in pages. Loaded on first use. */
export default function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" description="They work anywhere outside a text field.">
      <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.does} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex shrink-0 gap-1">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs dark:border-slate-700">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-slate-700 dark:text-slate-300">{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
