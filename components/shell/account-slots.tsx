import type { TenantContext } from "@/lib/tenancy/context";
import { TenantSwitcher } from "./tenant-switcher";
import { UserMenu } from "./user-menu";

/* The auth engineer's workspace switcher and user menu, mounted where the shell wants them. */
export function TenantSlot({ ctx }: { ctx: TenantContext }) {
  return <TenantSwitcher ctx={{ tenantId: ctx.tenantId, tenantName: ctx.tenantName, memberships: ctx.memberships }} />;
}

export function UserSlot({ ctx }: { ctx: TenantContext }) {
  return <UserMenu ctx={{ userName: ctx.userName, userEmail: ctx.userEmail, role: ctx.role, tenantName: ctx.tenantName }} />;
}
