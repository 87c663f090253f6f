"use client";

import { toast } from "sonner";
import type { Action } from "@/lib/errors/result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDate } from "@/components/ui/format";
import { EmailText } from "@/components/ui/email-text";
import type { Role } from "@/lib/tenancy/roles";

export type PendingInviteRow = { id: string; email: string; role: Role; expiresAt: string };

export function PendingInvites({ invites, revoke }: { invites: PendingInviteRow[]; revoke: Action<{ inviteId: string }, null> }) {
  if (invites.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No pending invites.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {invites.map((invite) => (
        <li key={invite.id} className="flex flex-wrap items-center gap-3 px-3 py-3 text-sm">
          <EmailText value={invite.email} className="min-w-0 flex-1 font-medium" />
          <Badge tone={invite.role === "admin" ? "brand" : "neutral"}>{invite.role === "admin" ? "Admin" : "Member"}</Badge>
          <span className="text-slate-600 dark:text-slate-400">Expires {formatDate(invite.expiresAt)}</span>
          <ConfirmDialog
            title={`Revoke the invite for ${invite.email}?`}
            description="The link stops working immediately. You can create a new invite later."
            confirmLabel="Revoke"
            onConfirm={async () => {
              const result = await revoke({ inviteId: invite.id });
              if (!result.ok) return { error: result.error };
              toast.success(`Invite for ${invite.email} revoked.`);
            }}
            trigger={
              <Button variant="ghost" size="sm" aria-label={`Revoke invite for ${invite.email}`}>
                Revoke
              </Button>
            }
          />
        </li>
      ))}
    </ul>
  );
}
