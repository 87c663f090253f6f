"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

/**
 * The one field both "create" and "rename" ask for, with the action's errors beside it. With
 * `takenNames`, a name already in the list is warned about before anything is sent, and a second
 * submit ("Create anyway") sends it with `allowDuplicate`; the server warns the same way on its own.
 */
export function PoolNameForm({
  initialName = "",
  submitLabel,
  takenNames,
  onSubmit,
  onDone,
}: {
  initialName?: string;
  submitLabel: string;
  takenNames?: string[];
  onSubmit: (name: string, options: { allowDuplicate: boolean }) => Promise<ActionResult<{ id: number | null; name: string }>>;
  onDone: (pool: { id: number | null; name: string }) => void;
}) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<{ field?: string[]; form?: string } | null>(null);
  /** The name the user was warned about; submitting it again creates the duplicate. */
  const [warnedName, setWarnedName] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const duplicateConfirmed = warnedName !== null && warnedName === name.trim();
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const wanted = name.trim();
        if (!duplicateConfirmed && takenNames?.some((taken) => sameName(taken, wanted))) {
          setWarnedName(wanted);
          setError(null);
          return;
        }
        startTransition(async () => {
          const result = await onSubmit(name, { allowDuplicate: duplicateConfirmed });
          if (result.ok) {
            setError(null);
            setWarnedName(null);
            onDone(result.data);
          } else if (result.code === "conflict") {
            // The server knew a pool of this name that the page did not list: the same warning.
            setWarnedName(wanted);
            setError(null);
          } else {
            setError({ field: result.fieldErrors?.name, form: result.fieldErrors?.name ? undefined : result.error });
          }
        });
      }}
    >
      <Field label="Pool name" required error={error?.field}>
        {(props) => <Input {...props} value={name} maxLength={255} autoFocus onChange={(e) => setName(e.target.value)} />}
      </Field>
      {duplicateConfirmed ? (
        <Notice tone="warning" title={`A talent pool named “${warnedName}” already exists`}>
          <p>Create it anyway to have two pools of that name, or choose another name.</p>
        </Notice>
      ) : null}
      <FormError message={error?.form} />
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          {duplicateConfirmed ? "Create anyway" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: "accent" }) === 0;
}
