"use client";

import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { addCandidateNoteAction } from "@/app/(app)/candidates/[id]/actions";
import type { WorkspaceNote } from "@/lib/workspace/candidate-notes";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { formatDateTime } from "@/components/workspace/format";

type ShownNote = WorkspaceNote & { pending?: boolean };

/**
 * Notes added from this workspace (Recruspace cannot list a candidate's notes, so the app keeps
 * its own record). A new note shows at once and is rolled back with a message if saving fails.
 */
export function NotesPanel({ candidateId, initialNotes, authorName }: { candidateId: number; initialNotes: WorkspaceNote[]; authorName: string }) {
  const [notes, setNotes] = useState<ShownNote[]>(initialNotes);
  const [optimisticNotes, addOptimistic] = useOptimistic(notes, (current, added: ShownNote) => [added, ...current]);
  const [, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const textId = useId();

  function submit(formData: FormData) {
    const text = String(formData.get("text") ?? "").trim();
    if (!text) {
      setError("Write the note first.");
      return;
    }
    setError(null);
    if (textRef.current) textRef.current.value = "";
    startTransition(async () => {
      addOptimistic({ id: `pending-${Date.now()}`, text, authorName, createdAt: new Date().toISOString(), pending: true });
      const result = await addCandidateNoteAction({ candidateId, text });
      if (!result.ok) {
        const message = result.fieldErrors?.text?.[0] ?? result.error;
        setError(message);
        toast.error(`The note was not saved: ${message}`);
        // Give the text back so nothing typed is lost.
        if (textRef.current && !textRef.current.value) textRef.current.value = text;
        return;
      }
      startTransition(() => setNotes((current) => [result.data, ...current]));
    });
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Notes from this workspace. Recruspace does not let apps read a candidate&apos;s notes, so only notes added here are listed;
        notes written in Recruspace itself are not shown.
      </p>
      <form
        // onSubmit rather than `action`: React resets an action form after it runs, which would wipe
        // the text we hand back when saving fails.
        onSubmit={(event) => {
          event.preventDefault();
          submit(new FormData(event.currentTarget));
        }}
        className="space-y-2">
        <label htmlFor={textId} className="block text-sm font-medium">
          New note
        </label>
        <Textarea
          ref={textRef}
          id={textId}
          name="text"
          rows={3}
          maxLength={5000}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${textId}-error` : undefined}
        />
        {error ? (
          <p id={`${textId}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end">
          <Button type="submit" size="sm">
            Add note
          </Button>
        </div>
      </form>
      {optimisticNotes.length ? (
        <ul aria-label="Notes from this workspace" className="space-y-3">
          {optimisticNotes.map((note) => (
            <li
              key={note.id}
              aria-busy={note.pending || undefined}
              className={`rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800 ${note.pending ? "opacity-60" : ""}`}
            >
              <p className="whitespace-pre-line break-words">{note.text}</p>
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                {note.authorName} · {note.pending ? "saving…" : formatDateTime(note.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No notes from this workspace yet.</p>
      )}
    </div>
  );
}
