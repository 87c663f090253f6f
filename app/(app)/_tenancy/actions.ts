"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { setActiveTenantCookie } from "@/lib/tenancy/active-tenant-cookie";
import { chooseTenant } from "@/lib/tenancy/switch-tenant";

/** Switches the active workspace after checking the caller belongs to it. */
export const switchTenant = defineAction(
  { name: "tenancy.switch", role: "member", input: z.object({ tenantId: z.string().min(1).max(100) }) },
  async (input, ctx) => {
    const chosen = chooseTenant(ctx, input.tenantId);
    await setActiveTenantCookie(chosen.tenantId);
    return chosen;
  },
);
