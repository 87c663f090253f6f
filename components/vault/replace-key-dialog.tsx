"use client";

import { AlertDialog } from "radix-ui";
import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { overlayClass, panelClass } from "@/components/ui/dialog";
import { cn } from "@/components/ui/cn";
import type { Action } from "@/lib/errors/result";
import type { KeyFormValues } from "@/lib/vault/key-form-schema";
import { KeyForm, type SavedKey } from "./key-form";

export type ReplaceKey = Action<KeyFormValues & { keyId: string }, SavedKey>;

/**
 * Replacing is a confirmation dialog that holds the new key's form: the new key is verified first,
 * then the current key is revoked and the new one stored in one step.
 */
export function ReplaceKeyDialog({
  keyId,
  masked,
  label,
  baseUrl,
  allowedBaseUrls,
  replace,
}: {
  replace: ReplaceKey;
  keyId: string;
  masked: string;
  label: string;
  baseUrl: string;
  allowedBaseUrls: string[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant="secondary">
          <RefreshCw aria-hidden="true" className="size-4" />
          Replace
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClass} />
        <AlertDialog.Content className={cn(panelClass, "max-h-[calc(100dvh-2rem)] overflow-y-auto")}>
          <AlertDialog.Title className="text-lg font-semibold">Replace key {masked}?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            The new key is checked with Recruspace first. If it works, key {masked} is revoked and the new key is used
            from then on. If the check fails, nothing changes.
          </AlertDialog.Description>
          <div className="mt-4">
            <KeyForm
              mode="replace"
              save={(values) => replace({ ...values, keyId })}
              defaultLabel={label}
              defaultBaseUrl={baseUrl}
              allowedBaseUrls={allowedBaseUrls}
              submitLabel="Verify and replace"
              onSuccess={() => setOpen(false)}
              secondaryAction={
                <AlertDialog.Cancel asChild>
                  <Button type="button" variant="secondary">
                    Cancel
                  </Button>
                </AlertDialog.Cancel>
              }
            />
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
