"use client";

import { useState, useTransition } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";

/**
 * Runs an auth server action and keeps its refusal for the form. A successful action redirects,
 * so there is nothing to do on success but wait for the navigation.
 */
export function useActionForm<I>(action: (input: I) => Promise<ActionResult<null>>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function submit(input: I) {
    setError(null);
    startTransition(async () => {
      const result = await action(input);
      if (result && !result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }

  return { pending, error, fieldErrors, submit };
}
