"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The one field both "create" and "rename" ask for, with the action's errors beside it. */
export function PoolNameForm({
  initialName = "",
  submitLabel,
  onSubmit,
  onDone,
}: {
  initialName?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<ActionResult<{ id: number | null; name: string }>>;
  onDone: (pool: { id: number | null; name: string }) => void;
}) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<{ field?: string[]; form?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await onSubmit(name);
          if (result.ok) {
            setError(null);
            onDone(result.data);
          } else {
            setError({ field: result.fieldErrors?.name, form: result.fieldErrors?.name ? undefined : result.error });
          }
        });
      }}
    >
      <Field label="Pool name" required error={error?.field}>
        {(props) => <Input {...props} value={name} maxLength={255} autoFocus onChange={(e) => setName(e.target.value)} />}
      </Field>
      <FormError message={error?.form} />
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
