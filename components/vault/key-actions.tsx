"use client";

import { BadgeCheck, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { serverUnreachable, writeAnswerLost } from "@/lib/errors/browser-requests";

export type KeyAction<O> = Action<{ keyId: string }, O>;

export function VerifyKeyButton({ keyId, verify }: { keyId: string; verify: KeyAction<unknown> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      loading={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await verify({ keyId }).catch(() => null);
          if (result?.ok) toast.success("Recruspace accepted the key.");
          else toast.error(result?.error ?? serverUnreachable());
          router.refresh();
        })
      }
    >
      <BadgeCheck aria-hidden="true" className="size-4" />
      {pending ? "Verifying…" : "Verify now"}
    </Button>
  );
}

export function RevokeKeyButton({ keyId, masked, revoke }: { keyId: string; masked: string; revoke: KeyAction<unknown> }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      title={`Revoke key ${masked}?`}
      description={
        <p>
          The workspace stops using this key at once. Until an admin adds a new key, nobody here can work with
          Recruspace. The key stays valid in Recruspace itself; revoke it there too if it leaked.
        </p>
      }
      confirmLabel="Revoke key"
      trigger={
        <Button variant="danger">
          <Trash2 aria-hidden="true" className="size-4" />
          Revoke
        </Button>
      }
      onConfirm={async () => {
        const result = await revoke({ keyId }).catch(() => null);
        if (!result) {
          // The revoke may have happened: show the keys as they are now, and say so.
          router.refresh();
          return { error: writeAnswerLost({ doing: "Revoking the key", outcome: "revoked", next: "the list of keys on this page shows whether it is still active" }) };
        }
        if (!result.ok) return { error: result.error };
        toast.success(`Key ${masked} revoked.`);
        router.refresh();
        return true;
      }}
    />
  );
}
