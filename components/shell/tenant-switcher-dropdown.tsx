"use client";

import { Check } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { Action } from "@/lib/errors/result";
import type { TenantContext } from "@/lib/tenancy/context";
import { TenantSwitcherTrigger } from "./tenant-switcher-trigger";

const menuClass =
  "z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-800 dark:bg-slate-900";
const itemClass =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-2 outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

export type TenantSwitcherProps = {
  ctx: Pick<TenantContext, "tenantId" | "tenantName" | "memberships">;
  switchTenant: Action<{ tenantId: string }, unknown>;
};

/** The workspace menu: switching is checked on the server. Loaded on demand by TenantSwitcher. */
export default function TenantSwitcherDropdown({ ctx, switchTenant, defaultOpen }: TenantSwitcherProps & { defaultOpen?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

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
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <TenantSwitcherTrigger tenantName={ctx.tenantName} aria-busy={pending || undefined} />
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
