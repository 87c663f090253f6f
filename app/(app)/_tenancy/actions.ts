"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { chooseTenant } from "@/lib/tenancy/switch-tenant";

/**
 * Switches the active workspace after checking the caller belongs to it. Allowed from a stale tab: it
 * names the workspace it goes to, and it is how that tab catches up (see StaleTab in lib/actions).
 */
export const switchTenant = defineAction(
  { name: "tenancy.switch", role: "member", staleTab: "allow", input: z.object({ tenantId: z.string().min(1).max(100) }) },
  async (input, ctx) => {
    const chosen = chooseTenant(ctx, input.tenantId);
    await setActiveTenantCookie(chosen.tenantId);
    return chosen;
  },
);
