"use client";

import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "./use-action-form";

export function AcceptInviteButton({ token, tenantName, accept }: { token: string; tenantName: string; accept: Action<{ token: string }, void> }) {
  const { pending, error, submit } = useActionForm(accept);
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button type="button" className="w-full" loading={pending} onClick={() => submit({ token })}>
        Join {tenantName}
      </Button>
    </div>
  );
}
