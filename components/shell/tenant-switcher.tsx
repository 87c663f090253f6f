"use client";

import { Building2 } from "lucide-react";
import { lazy } from "react";
import { LoadOnDemand } from "@/components/ui/load-on-demand";
import type { TenantSwitcherProps } from "./tenant-switcher-dropdown";
import { TenantSwitcherTrigger } from "./tenant-switcher-trigger";

const loadDropdown = () => import("./tenant-switcher-dropdown");
const TenantSwitcherDropdown = lazy(loadDropdown);

/** Shows the active workspace; with several memberships, a menu to switch (its code loads on first use). */
export function TenantSwitcher({ ctx, switchTenant }: TenantSwitcherProps) {
  if (ctx.memberships.length < 2) {
    return (
      <p className="flex min-w-0 items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <Building2 aria-hidden="true" className="size-4 shrink-0" />
        <span className="sr-only">Workspace: </span>
        <span className="truncate">{ctx.tenantName}</span>
      </p>
    );
  }
  return (
    <LoadOnDemand
      preload={loadDropdown}
      standIn={(handlers) => <TenantSwitcherTrigger tenantName={ctx.tenantName} aria-expanded={false} {...handlers} />}
      loaded={<TenantSwitcherDropdown ctx={ctx} switchTenant={switchTenant} defaultOpen />}
    />
  );
}
