"use client";

import { AlertDialog } from "radix-ui";
import { useId, useState } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { overlayClass, panelClass } from "./dialog";
import { FormError } from "./field";
import { Input } from "./input";

/** What `onConfirm` may answer: `false` keeps the dialog open, `{ error }` keeps it open and says why there. */
export type ConfirmOutcome = boolean | void | { error: string };

/**
 * Asks before a destructive step. `onConfirm` may be async: the dialog stays open with a busy
 * button until it settles, and closes only when it returns something other than `false` or
 * `{ error }`; a refusal is shown in the dialog, where the user is looking, not in a toast.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  destructive = true,
  onConfirm,
  typeToConfirm,
  open: controlledOpen,
  onOpenChange,
}: {
  trigger?: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  destructive?: boolean;
  /** Receives what was typed into `typeToConfirm`'s field (the server checks it too). */
  onConfirm: (typed: string) => ConfirmOutcome | Promise<ConfirmOutcome>;
  /** Keeps the confirm button disabled until this exact text is typed (a pool's name before deleting it). */
  typeToConfirm?: { label: string; value: string };
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const typedId = useId();
  const confirmed = !typeToConfirm || typed.trim() === typeToConfirm.value.trim();
  const open = controlledOpen ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (busy) return;
    setError(null);
    setTyped("");
    setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  async function confirm(event: React.MouseEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await onConfirm(typed);
      if (typeof result === "object" && result !== null) {
        setError(result.error);
      } else if (result !== false) {
        setUncontrolledOpen(false);
        onOpenChange?.(false);
        setTyped("");
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClass} />
        <AlertDialog.Content className={cn(panelClass)}>
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 text-sm text-slate-700 dark:text-slate-300">{description}</div>
          </AlertDialog.Description>
          {typeToConfirm ? (
            <div className="mt-4 space-y-1.5">
              <label htmlFor={typedId} className="block text-sm font-medium">
                {typeToConfirm.label}
              </label>
              <Input id={typedId} value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} />
            </div>
          ) : null}
          {error ? (
            <div className="mt-4">
              <FormError message={error} />
            </div>
          ) : null}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={busy}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant={destructive ? "danger" : "primary"} loading={busy} disabled={!confirmed} onClick={confirm}>
                {confirmLabel}
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
