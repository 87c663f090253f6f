"use client";

import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { addCandidateTagAction } from "@/app/(app)/candidates/[id]/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type Tag = { id: number | string; title: string; pending?: boolean };

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Tags with an in-place "add": the tag shows at once and is rolled back with a message on failure. */
export function TagsPanel({ candidateId, initialTags }: { candidateId: number; initialTags: Tag[] }) {
  const [tags, setTags] = useState<Tag[]>(initialTags);
  const [optimisticTags, addOptimistic] = useOptimistic(tags, (current, added: Tag) =>
    current.some((t) => sameTitle(t.title, added.title)) ? current : [...current, added],
  );
  const [, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  function submit(formData: FormData) {
    const title = String(formData.get("title") ?? "").trim();
    if (!title) {
      setError("Type a tag first.");
      return;
    }
    setError(null);
    if (inputRef.current) inputRef.current.value = "";
    startTransition(async () => {
      addOptimistic({ id: `pending-${title}`, title, pending: true });
      const result = await addCandidateTagAction({ candidateId, title });
      if (!result.ok) {
        const message = result.fieldErrors?.title?.[0] ?? result.error;
        setError(message);
        toast.error(`The tag “${title}” was not added: ${message}`);
        if (inputRef.current && !inputRef.current.value) inputRef.current.value = title;
        return;
      }
      const outcome = result.data;
      startTransition(() => {
        if (outcome.status === "added") {
          setTags((current) => (current.some((t) => sameTitle(t.title, outcome.tag.title)) ? current : [...current, outcome.tag]));
        } else {
          toast.info(`The candidate already has the tag “${outcome.title}”.`);
          setTags((current) => (current.some((t) => sameTitle(t.title, outcome.title)) ? current : [...current, { id: `existing-${outcome.title}`, title: outcome.title }]));
        }
      });
    });
  }

  return (
    <div className="space-y-3">
      {optimisticTags.length ? (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {optimisticTags.map((tag) => (
            <li key={tag.id}>
              <Badge tone="brand" className={tag.pending ? "opacity-60" : undefined} aria-busy={tag.pending || undefined}>
                {tag.title}
                {tag.pending ? <span className="sr-only"> (saving)</span> : null}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No tags yet.</p>
      )}
      <form
        // onSubmit rather than `action`: React resets an action form after it runs, which would wipe
        // the text we hand back when saving fails.
        onSubmit={(event) => {
          event.preventDefault();
          submit(new FormData(event.currentTarget));
        }}
        className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          New tag
        </label>
        <Input
          ref={inputRef}
          id={inputId}
          name="title"
          placeholder="Add a tag"
          maxLength={100}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="h-9"
        />
        <Button type="submit" variant="secondary" size="sm" className="h-9 shrink-0 whitespace-nowrap">
          <Plus aria-hidden="true" className="size-4" /> Add tag
        </Button>
      </form>
      {error ? (
        <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
