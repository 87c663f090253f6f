"use client";

import { useId } from "react";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import type { AddTagOutcome } from "@/lib/candidates/tags";
import { MAX_TAG_LENGTH } from "@/lib/candidates/tag-limits";
import type { Action } from "@/lib/errors/result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useOptimisticAdd } from "./use-optimistic-add";

type Tag = { id: number | string | null; title: string; pending?: boolean };

export type AddTag = Action<{ candidateId: number; title: string }, AddTagOutcome>;

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const withTag = (current: Tag[], added: Tag) => (current.some((t) => sameTitle(t.title, added.title)) ? current : [...current, added]);

/** Tags with an in-place "add"; a tag the candidate already has is a success worth a word, not an error. */
export function TagsPanel({ candidateId, initialTags, addTag }: { candidateId: number; initialTags: Tag[]; addTag: AddTag }) {
  const inputId = useId();
  const { items: tags, error, inputRef, onSubmit } = useOptimisticAdd<Tag, AddTagOutcome, HTMLInputElement>({
    initial: initialTags,
    field: "title",
    emptyMessage: "Type a tag first.",
    insert: withTag,
    pendingItem: (title) => ({ id: `pending-${title}`, title, pending: true }),
    send: (title) => addTag({ candidateId, title }),
    saved: (outcome) => {
      if (outcome.status === "added") return outcome.tag;
      toast.info(`The candidate already has the tag “${outcome.title}”.`);
      return { id: `existing-${outcome.title}`, title: outcome.title };
    },
    failureMessage: (title, message) => `The tag “${title}” was not added: ${message}`,
  });

  return (
    <div className="space-y-3">
      {tags.length ? (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag.id ?? `title-${tag.title}`}>
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
      <form onSubmit={onSubmit} className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          New tag
        </label>
        <Input
          ref={inputRef}
          id={inputId}
          name="title"
          placeholder="Add a tag"
          maxLength={MAX_TAG_LENGTH}
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
