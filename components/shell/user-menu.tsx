"use client";

import { lazy } from "react";
import { LoadOnDemand } from "@/components/ui/load-on-demand";
import type { UserMenuProps } from "./user-menu-dropdown";
import { UserMenuTrigger } from "./user-menu-trigger";

const loadDropdown = () => import("./user-menu-dropdown");
const UserMenuDropdown = lazy(loadDropdown);

/** The account menu; its Radix code loads when the user first reaches for it (components/ui/load-on-demand.tsx). */
export function UserMenu({ ctx, signOut, signOutEverywhere }: UserMenuProps) {
  const label = ctx.userName || ctx.userEmail;
  return (
    <LoadOnDemand
      preload={loadDropdown}
      standIn={(handlers) => <UserMenuTrigger label={label} aria-expanded={false} {...handlers} />}
      loaded={<UserMenuDropdown ctx={ctx} signOut={signOut} signOutEverywhere={signOutEverywhere} defaultOpen />}
    />
  );
}
