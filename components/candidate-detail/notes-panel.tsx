"use client";

import { useId } from "react";
import type { WorkspaceNote } from "@/lib/candidates/notes";
import { NOTE_NOT_RECORDED } from "@/lib/candidates/note-messages";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { formatDateTime } from "@/components/ui/format";
import { useOptimisticAdd } from "./use-optimistic-add";

type ShownNote = WorkspaceNote & { pending?: boolean };

export type AddNote = Action<{ candidateId: number; text: string }, WorkspaceNote>;

/** Notes added from this workspace (Recruspace cannot list a candidate's notes, so the app keeps its own record). */
export function NotesPanel({
  candidateId,
  initialNotes,
  authorName,
  addNote,
}: {
  candidateId: number;
  initialNotes: WorkspaceNote[];
  authorName: string;
  addNote: AddNote;
}) {
  const textId = useId();
  const { items: notes, error, inputRef, onSubmit } = useOptimisticAdd<ShownNote, WorkspaceNote, HTMLTextAreaElement>({
    initial: initialNotes,
    field: "text",
    emptyMessage: "Write the note first.",
    insert: (current, added) => [added, ...current],
    pendingItem: (text) => ({ id: `pending-${Date.now()}`, text, authorName, createdAt: new Date().toISOString(), pending: true }),
    send: (text) => addNote({ candidateId, text }),
    saved: (note) => note,
    // Saved in Recruspace but not recorded here: "not saved" would be untrue (and invite a second copy).
    failureMessage: (_text, message) => (message === NOTE_NOT_RECORDED ? message : `The note was not saved: ${message}`),
  });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Notes from this workspace. Recruspace does not let apps read a candidate&apos;s notes, so only notes added here are listed;
        notes written in Recruspace itself are not shown.
      </p>
      <form onSubmit={onSubmit} className="space-y-2">
        <label htmlFor={textId} className="block text-sm font-medium">
          New note
        </label>
        <Textarea
          ref={inputRef}
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
      {notes.length ? (
        <ul aria-label="Notes from this workspace" className="space-y-3">
          {notes.map((note) => (
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
