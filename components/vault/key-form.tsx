"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { Action, ActionResult } from "@/lib/errors/result";
import { keyFormSchema, type KeyFormValues } from "@/lib/vault/key-form-schema";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { writeAnswerLost } from "@/lib/errors/browser-requests";

/** A replacement also says what became of the people search: kept (the same account) or started over. */
export type SavedKey = { last4: string; peopleKept?: number; peopleDropped?: number };
export type SaveKey = Action<KeyFormValues, SavedKey>;

type Props = {
  /** "add" stores a first key; "replace" swaps the active key for this one (the words differ). */
  mode: "add" | "replace";
  save: SaveKey;
  defaultLabel?: string;
  defaultBaseUrl: string;
  allowedBaseUrls: string[];
  submitLabel: string;
  onSuccess?: () => void;
  /** Extra controls placed before the submit button (e.g. the dialog's Cancel). */
  secondaryAction?: React.ReactNode;
};

const FIELDS = ["label", "baseUrl", "apiKey"] as const;

/**
 * The key entry form. The key field is a password input that is emptied after a successful save,
 * so the raw key is never shown again; the server only ever answers with its last 4 characters.
 */
export function KeyForm({ mode, save, defaultLabel = "", defaultBaseUrl, allowedBaseUrls, submitLabel, onSuccess, secondaryAction }: Props) {
  const router = useRouter();
  const listId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<KeyFormValues>({
    resolver: zodResolver(keyFormSchema),
    defaultValues: { label: defaultLabel, baseUrl: defaultBaseUrl, apiKey: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: KeyFormValues) {
    setFormError(null);
    let result: ActionResult<SavedKey>;
    try {
      result = await save(values);
    } catch {
      const doing = mode === "add" ? "Saving the key" : "Replacing the key";
      result = { ok: false, code: "network", error: writeAnswerLost({ doing, next: "your input is kept, and the list of keys on this page shows whether it was saved" }) };
      // The save may have happened: the list of keys shows them as they are now (the form keeps its input).
      router.refresh();
    }
    if (result.ok) {
      form.reset({ label: values.label, baseUrl: values.baseUrl, apiKey: "" });
      toast.success(savedMessage(mode, result.data));
      onSuccess?.();
      router.refresh();
      return;
    }
    // One place per message: at the field it concerns, else above the form; never again as a toast.
    let atField = false;
    for (const field of FIELDS) {
      const message = result.fieldErrors?.[field]?.[0];
      if (message) {
        form.setError(field, { message }, { shouldFocus: !atField });
        atField = true;
      }
    }
    setFormError(atField ? null : result.error);
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" aria-label={mode === "add" ? "Add key" : "Replace key"}>
      <FormError message={formError} />
      <Field label="Label" required error={errors.label?.message} hint="Only for you, e.g. “Production” or “Sandbox”.">
        {(props) => <Input {...props} {...form.register("label")} autoComplete="off" />}
      </Field>
      <Field label="Recruspace base URL" required error={errors.baseUrl?.message} hint={`Allowed on this server: ${allowedBaseUrls.join(", ")}`}>
        {(props) => (
          <>
            <Input {...props} {...form.register("baseUrl")} type="url" inputMode="url" autoComplete="off" spellCheck={false} list={listId} />
            <datalist id={listId}>
              {allowedBaseUrls.map((url) => (
                <option key={url} value={url} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="API key" required error={errors.apiKey?.message} hint="Checked with Recruspace before it is saved, then stored encrypted and never shown again.">
        {(props) => (
          <Input {...props} {...form.register("apiKey")} type="password" autoComplete="off" spellCheck={false} autoCapitalize="off" />
        )}
      </Field>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondaryAction}
        <Button type="submit" loading={isSubmitting}>
          {isSubmitting ? "Checking with Recruspace…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

function savedMessage(mode: "add" | "replace", saved: SavedKey): string {
  if (mode === "add") return `Key ••••${saved.last4} verified and saved.`;
  const kept = saved.peopleKept ?? 0;
  const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);
  const search =
    kept > 0
      ? ` It reads the same Recruspace account, so people search keeps its ${people(kept)}.`
      : (saved.peopleDropped ?? 0) > 0
        ? " People search starts over: the new key could not be shown to read the same Recruspace account."
        : "";
  return `Key replaced; ••••${saved.last4} is now active.${search}`;
}
