"use client";

import { useOptimistic, useRef, useState, useTransition, type FormEvent, type RefObject } from "react";
import type { ActionResult } from "@/lib/errors/result";

type Options<T, R> = {
  initial: T[];
  /** The form field holding the text (and the field name the action's errors use). */
  field: string;
  emptyMessage: string;
  /** Adds an item to the list; used for the optimistic item and the saved one alike. */
  insert: (current: T[], added: T) => T[];
  pendingItem: (text: string) => T;
  send: (text: string) => Promise<ActionResult<R>>;
  /** The item to keep once saved (null: keep nothing), plus anything to tell the user. */
  saved: (result: R) => T | null;
  /** What the field says when saving failed (the item is gone from the list, so it names the item). */
  failureMessage: (text: string, message: string) => string;
};

/**
 * A list with an in-place "add": the new item shows at once and is rolled back with a message if
 * saving fails (the reason at the field), and the typed text is handed back so nothing is lost. The form submits through
 * onSubmit, not `action`: React resets an action form after it runs, which would wipe that text.
 */
export function useOptimisticAdd<T, R, E extends HTMLInputElement | HTMLTextAreaElement>(options: Options<T, R>) {
  const [items, setItems] = useState<T[]>(options.initial);
  const [shown, addOptimistic] = useOptimistic(items, options.insert);
  const [, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<E>(null) as RefObject<E | null>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get(options.field) ?? "").trim();
    if (!text) {
      setError(options.emptyMessage);
      return;
    }
    setError(null);
    if (inputRef.current) inputRef.current.value = "";
    startTransition(async () => {
      addOptimistic(options.pendingItem(text));
      const result = await options.send(text);
      if (!result.ok) {
        const message = result.fieldErrors?.[options.field]?.[0] ?? result.error;
        // Said once, at the field: the list has dropped the item and the text is back in the input.
        setError(options.failureMessage(text, message));
        if (inputRef.current && !inputRef.current.value) inputRef.current.value = text;
        return;
      }
      const keep = options.saved(result.data);
      if (keep !== null) startTransition(() => setItems((current) => options.insert(current, keep)));
    });
  }

  return { items: shown, error, inputRef, onSubmit };
}
