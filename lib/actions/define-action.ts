import "server-only";
import type { z } from "zod";
import { requireTenant } from "@/lib/tenancy/gate";
import type { TenantContext } from "@/lib/tenancy/context";
import type { Role } from "@/lib/tenancy/roles";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { fail, type ActionResult } from "./result";
import { toActionFailure } from "./errors";
import { zodFieldErrors } from "./zod-errors";
import { registerAction } from "./registry";

export type ActionContext = TenantContext & {
  /** A Recruspace client bound to this tenant's active key; created on first call. */
  recruspace(): Promise<RecruspaceClient>;
};

export type ActionConfig<S extends z.ZodType> = {
  /** Unique, stable name: used in audit entries and by the tenant-isolation test matrix. */
  name: string;
  role: Role;
  input: S;
};

/**
 * The one way to write a server action: validate the input with zod, resolve the caller's tenant and
 * role through the gate, then run the handler. Every failure comes back as an ActionResult value.
 * Order matters: the gate runs before validation so an outsider learns nothing from field errors.
 */
export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S>,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  registerAction(config.name, config.role);
  return async (rawInput) => {
    try {
      const tenant = await requireTenant(config.role);
      const parsed = config.input.safeParse(rawInput);
      if (!parsed.success) {
        return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
      }
      let client: Promise<RecruspaceClient> | undefined;
      const ctx: ActionContext = { ...tenant, recruspace: () => (client ??= recruspaceForTenant(tenant.tenantId)) };
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (error) {
      return toActionFailure(error, config.name);
    }
  };
}
