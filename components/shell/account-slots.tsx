import type { Action } from "@/lib/errors/result";
import type { SearchPeople } from "./header-search";
import type { LoadPaletteTargets } from "./command-palette";
import type { TenantContext } from "@/lib/tenancy/context";
import { TenantSwitcher } from "./tenant-switcher";
import { UserMenu } from "./user-menu";

/** The actions the shell's account controls need; the signed-in layout passes them in. */
export type ShellActions = {
  switchTenant: Action<{ tenantId: string }, unknown>;
  signOut: () => Promise<void>;
  /** Revokes every session of the user (all devices), then signs out here. */
  signOutEverywhere: () => Promise<void>;
  /** The header search's suggestions from the workspace index. */
  searchPeople?: SearchPeople;
  /** The command palette's pools and job posts, read when it opens. */
  paletteTargets: LoadPaletteTargets;
};

/* The workspace switcher and user menu, mounted where the shell wants them. */
export function TenantSlot({ ctx, actions }: { ctx: TenantContext; actions: ShellActions }) {
  return <TenantSwitcher ctx={{ tenantId: ctx.tenantId, tenantName: ctx.tenantName, memberships: ctx.memberships }} switchTenant={actions.switchTenant} />;
}

export function UserSlot({ ctx, actions }: { ctx: TenantContext; actions: ShellActions }) {
  return (
    <UserMenu
      ctx={{ userName: ctx.userName, userEmail: ctx.userEmail, role: ctx.role, tenantName: ctx.tenantName }}
      signOut={actions.signOut}
      signOutEverywhere={actions.signOutEverywhere}
    />
  );
}
