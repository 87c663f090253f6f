"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult, FieldErrors } from "@/lib/errors/result";

/** Reads one field of the submitted form as text ("" when the form has no such field). */
export type FormField = (name: string) => string;

/**
 * Runs an auth server action and keeps its refusal for the form. A successful action redirects,
 * so there is nothing to do on success but wait for the navigation.
 */
export function useActionForm<I>(action: (input: I) => Promise<ActionResult<unknown>>) {
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

  /**
   * A form's onSubmit: stops the native submit and sends the input `toInput` builds from the form's
   * fields. The inputs stay uncontrolled and the form is never reset, so a refusal keeps what was typed.
   */
  function handleSubmit(toInput: (field: FormField) => I) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget);
      submit(toInput((name) => String(data.get(name) ?? "")));
    };
  }

  return { pending, error, fieldErrors, submit, handleSubmit };
}
