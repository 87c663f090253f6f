"use client";

import { acceptInviteAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "./use-action-form";

export function AcceptInviteButton({ token, tenantName }: { token: string; tenantName: string }) {
  const { pending, error, submit } = useActionForm(acceptInviteAction);
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button type="button" className="w-full" loading={pending} onClick={() => submit({ token })}>
        Join {tenantName}
      </Button>
    </div>
  );
}
