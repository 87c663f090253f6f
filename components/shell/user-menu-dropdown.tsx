"use client";

import { KeyRound, LogOut, MonitorX } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import type { TenantContext } from "@/lib/tenancy/context";
import { UserMenuTrigger } from "./user-menu-trigger";

export type UserMenuProps = {
  ctx: Pick<TenantContext, "userName" | "userEmail" | "role" | "tenantName">;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
};

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-2 outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** Who is signed in, in which role, the password page, and the ways out. Loaded on demand by UserMenu. */
export default function UserMenuDropdown({ ctx, signOut, signOutEverywhere, defaultOpen }: UserMenuProps & { defaultOpen?: boolean }) {
  const label = ctx.userName || ctx.userEmail;
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <UserMenuTrigger label={label} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-60 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-800 dark:bg-slate-900"
        >
          <DropdownMenu.Label className="px-2 py-2">
            <span className="block font-medium">{ctx.userName || "—"}</span>
            <span className="block truncate text-slate-600 dark:text-slate-400">{ctx.userEmail}</span>
            <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
              {ctx.role === "admin" ? "Admin" : "Member"} of {ctx.tenantName}
            </span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-800" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/settings/password">
              <KeyRound aria-hidden="true" className="size-4" />
              Change password
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-800" />
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() => {
              void signOut();
            }}
          >
            <LogOut aria-hidden="true" className="size-4" />
            Sign out
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() => {
              void signOutEverywhere();
            }}
          >
            <MonitorX aria-hidden="true" className="size-4" />
            Sign out everywhere
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
