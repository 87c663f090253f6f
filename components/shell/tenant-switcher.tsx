"use client";

import { Building2, Check, ChevronsUpDown } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { switchTenant } from "@/app/(app)/_tenancy/actions";
import type { TenantContext } from "@/lib/tenancy/context";

const menuClass =
  "z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-800 dark:bg-slate-900";
const itemClass =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-2 outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** Shows the active workspace; with several memberships it lets the user switch (checked on the server). */
export function TenantSwitcher({ ctx }: { ctx: Pick<TenantContext, "tenantId" | "tenantName" | "memberships"> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (ctx.memberships.length < 2) {
    return (
      <p className="flex min-w-0 items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <Building2 aria-hidden="true" className="size-4 shrink-0" />
        <span className="sr-only">Workspace: </span>
        <span className="truncate">{ctx.tenantName}</span>
      </p>
    );
  }

  function choose(tenantId: string, tenantName: string) {
    if (tenantId === ctx.tenantId) return;
    startTransition(async () => {
      const result = await switchTenant({ tenantId });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`Switched to ${tenantName}.`);
      // Pages show one workspace's records; start again from the home page of the new one.
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`Workspace: ${ctx.tenantName}. Switch workspace`}
        aria-busy={pending || undefined}
        className="flex w-full min-w-0 items-center gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
      >
        <Building2 aria-hidden="true" className="size-4 shrink-0" />
        <span className="min-w-0 flex-1 truncate">{ctx.tenantName}</span>
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 opacity-70" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={4} className={menuClass}>
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-slate-600 dark:text-slate-400">Workspaces</DropdownMenu.Label>
          {ctx.memberships.map((m) => (
            <DropdownMenu.Item key={m.tenantId} className={itemClass} onSelect={() => choose(m.tenantId, m.tenantName)}>
              <Check aria-hidden="true" className={m.tenantId === ctx.tenantId ? "size-4" : "size-4 invisible"} />
              <span className="min-w-0 flex-1 truncate">{m.tenantName}</span>
              <span className="text-xs text-slate-600 dark:text-slate-400">{m.role === "admin" ? "Admin" : "Member"}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
