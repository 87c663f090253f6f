"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { Action } from "@/lib/errors/result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { formatDate } from "@/components/ui/format";
import { EmailText } from "@/components/ui/email-text";
import { cn } from "@/components/ui/cn";
import { phoneCards as cards } from "@/components/ui/data-table-classes";
import type { Role } from "@/lib/tenancy/roles";

export type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: string };

export type MemberActions = {
  changeRole: Action<{ userId: string; role: Role }, null>;
  removeMember: Action<{ userId: string }, null>;
};

const ROLE_OPTIONS = [
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
] as const;

/** Members with role changes and removal; the server refuses to leave the workspace without an admin. */
export function MembersTable({ members, currentUserId, actions }: { members: MemberRow[]; currentUserId: string; actions: MemberActions }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <FormError message={error} />
      {/* Focusable so keyboard users can scroll it when it is wider than the screen. */}
      <div tabIndex={0} role="region" aria-label="Workspace members" className="overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-800">
        <table className={cn("w-full border-collapse text-left text-sm", cards.table)}>
          <caption className="sr-only">Workspace members</caption>
          <thead className={cn("bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300", cards.head)}>
            <tr>
              <th scope="col" className="px-3 py-2.5 font-semibold">Name</th>
              <th scope="col" className="px-3 py-2.5 font-semibold">Email</th>
              <th scope="col" className="px-3 py-2.5 font-semibold">Role</th>
              <th scope="col" className="px-3 py-2.5 font-semibold">Joined</th>
              <th scope="col" className="px-3 py-2.5 font-semibold"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className={cn("divide-y divide-slate-200 dark:divide-slate-800", cards.body)}>
            {members.map((member) => (
              <MemberRowView key={member.userId} member={member} isSelf={member.userId === currentUserId} onError={setError} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MemberRowView({
  member,
  isSelf,
  onError,
  actions,
}: {
  member: MemberRow;
  isSelf: boolean;
  onError: (message: string | null) => void;
  actions: MemberActions;
}) {
  const [role, setRole] = useState<Role>(member.role);
  const [pending, startTransition] = useTransition();
  const [lastServerRole, setLastServerRole] = useState(member.role);
  if (lastServerRole !== member.role) {
    setLastServerRole(member.role);
    setRole(member.role);
  }

  function onRoleChange(next: Role) {
    setRole(next);
    onError(null);
    startTransition(async () => {
      const result = await actions.changeRole({ userId: member.userId, role: next });
      if (result.ok) {
        toast.success(`${member.name || member.email} is now ${next === "admin" ? "an admin" : "a member"}.`);
      } else {
        setRole(member.role);
        onError(result.error);
      }
    });
  }

  async function remove() {
    onError(null);
    const result = await actions.removeMember({ userId: member.userId });
    if (result.ok) {
      toast.success(`${member.name || member.email} was removed from the workspace.`);
      return true;
    }
    onError(result.error);
    return true;
  }

  return (
    <tr className={cards.row}>
      <td className={cn("px-3 py-3 align-middle", cards.title)}>
        <span className="font-medium">{member.name || "—"}</span>
        {isSelf ? <Badge className="ml-2">You</Badge> : null}
      </td>
      <td data-label="Email" className={cn("px-3 py-3 align-middle", cards.cell)}>
        <EmailText value={member.email} />
      </td>
      <td data-label="Role" className={cn("px-3 py-3 align-middle", cards.cell)}>
        <Select
          aria-label={`Role of ${member.name || member.email}`}
          options={ROLE_OPTIONS}
          value={role}
          disabled={pending}
          onChange={(event) => onRoleChange(event.target.value as Role)}
          className="w-32 shrink-0"
        />
      </td>
      <td data-label="Joined" className={cn("px-3 py-3 align-middle whitespace-nowrap", cards.cell)}>{formatDate(member.joinedAt)}</td>
      <td className="px-3 py-3 text-right align-middle max-sm:flex max-sm:justify-end max-sm:p-0">
        <ConfirmDialog
          title={`Remove ${member.name || member.email}?`}
          description={
            isSelf
              ? "You will lose access to this workspace immediately."
              : `${member.email} will lose access to this workspace and be signed out on every device. You can invite them again later.`
          }
          confirmLabel="Remove"
          onConfirm={remove}
          trigger={
            <Button variant="ghost" size="sm" aria-label={`Remove ${member.name || member.email}`}>
              Remove
            </Button>
          }
        />
      </td>
    </tr>
  );
}
