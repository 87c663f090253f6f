"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Pencil, Plus, Trash2 } from "lucide-react";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { PoolNameForm } from "./pool-name-form";

type NamedPool = { id: number; name: string };

/** The pool actions these dialogs run; the pages pass them in. */
export type PoolActions = {
  create: Action<{ name: string; allowDuplicate?: boolean }, { id: number | null; name: string }>;
  rename: Action<{ id: number; name: string }, NamedPool>;
  /** Only for admins: members are not handed it and see no Delete button. */
  remove?: Action<{ id: number; name?: string; confirmName?: string }, { id: number }>;
};

/**
 * `existingNames`: the pools the page already lists (from the list cache), to warn before a duplicate.
 * `defaultOpen`: the page was reached through the command palette's "New talent pool".
 */
export function CreatePoolButton({
  create,
  existingNames = [],
  defaultOpen = false,
}: {
  create: PoolActions["create"];
  existingNames?: string[];
  defaultOpen?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="New talent pool"
      description="A pool keeps candidates together for roles you will open later."
      trigger={
        <Button>
          <Plus aria-hidden="true" className="size-4" /> New pool
        </Button>
      }
    >
      <PoolNameForm
        submitLabel="Create pool"
        takenNames={existingNames}
        onSubmit={(name, { allowDuplicate }) => create({ name, allowDuplicate })}
        onDone={(pool) => {
          setOpen(false);
          toast.success(`Pool “${pool.name}” created`);
          router.refresh();
        }}
      />
    </Dialog>
  );
}

export function RenamePoolButton({ pool, rename }: { pool: NamedPool; rename: PoolActions["rename"] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Rename “${pool.name}”`}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Rename ${pool.name}`}>
          <Pencil aria-hidden="true" className="size-4" />
          <span className="hidden sm:inline">Rename</span>
        </Button>
      }
    >
      <PoolNameForm
        initialName={pool.name}
        submitLabel="Save name"
        onSubmit={(name) => rename({ id: pool.id, name })}
        onDone={(renamed) => {
          setOpen(false);
          toast.success(`Pool renamed to “${renamed.name}”`);
          router.refresh();
        }}
      />
    </Dialog>
  );
}

export function DeletePoolButton({
  pool,
  afterDelete,
  remove,
}: {
  pool: { id: number; name: string; candidateCount: number | null };
  remove: NonNullable<PoolActions["remove"]>;
  afterDelete?: string;
}) {
  const router = useRouter();
  const count = pool.candidateCount;
  return (
    <ConfirmDialog
      title={`Delete the pool “${pool.name}”?`}
      description={
        <p>
          {count === null ? `“${pool.name}”` : `“${pool.name}” holds ${count} ${count === 1 ? "candidate" : "candidates"}.`} Deleting the pool removes them from it; the
          candidates themselves stay in Recruspace. This cannot be undone.
        </p>
      }
      confirmLabel="Delete pool"
      // An empty pool goes with one click; one that holds candidates (or may) needs its name typed.
      typeToConfirm={count === 0 ? undefined : { label: `Type “${pool.name}” to confirm`, value: pool.name }}
      onConfirm={async (typed) => {
        const result = await remove({ id: pool.id, name: pool.name, confirmName: typed });
        if (!result.ok) return { error: result.error };
        toast.success(`Pool “${pool.name}” deleted`);
        if (afterDelete) router.push(afterDelete);
        router.refresh();
        return true;
      }}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Delete ${pool.name}`} className="text-red-700 dark:text-red-400">
          <Trash2 aria-hidden="true" className="size-4" />
          <span className="hidden sm:inline">Delete</span>
        </Button>
      }
    />
  );
}
