"use client";

import { BadgeCheck, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { revokeApiKey, verifyApiKey } from "@/app/(app)/settings/keys/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const UNREACHABLE = "The request did not reach the server. Please try again.";

export function VerifyKeyButton({ keyId }: { keyId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      loading={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await verifyApiKey({ keyId }).catch(() => null);
          if (result?.ok) toast.success("Recruspace accepted the key.");
          else toast.error(result?.error ?? UNREACHABLE);
          router.refresh();
        })
      }
    >
      <BadgeCheck aria-hidden="true" className="size-4" />
      {pending ? "Verifying…" : "Verify now"}
    </Button>
  );
}

export function RevokeKeyButton({ keyId, masked }: { keyId: string; masked: string }) {
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
        const result = await revokeApiKey({ keyId }).catch(() => null);
        if (!result?.ok) {
          toast.error(result?.error ?? UNREACHABLE);
          return false;
        }
        toast.success(`Key ${masked} revoked.`);
        router.refresh();
        return true;
      }}
    />
  );
}
