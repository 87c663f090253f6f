import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { currentUserId } from "@/lib/auth/session";
import { recordActorAudit, type AuditEntry } from "@/lib/audit/record";
import { toActionFailure } from "@/lib/errors/describe";
import { zodFieldErrors } from "@/lib/errors/field-errors";
import { fail, type ActionResult } from "@/lib/errors/result";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { requireTenant } from "@/lib/tenancy/gate";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import type { Role } from "@/lib/tenancy/roles";

/** What every action's handler gets: the caller's IP (for audit and throttling). */
export type PublicActionContext = {
  ip: string;
  /** The signed-in user's id, or null; read only when asked for. */
  currentUserId(): Promise<string | null>;
};

/** A member's action: the gate's tenant context, a lazy client for its key, and a bound audit recorder. */
export type ActionContext = TenantContext &
  PublicActionContext & {
    /** A Recruspace client bound to ctx.tenantId's active key; created on first call. */
    recruspace(): Promise<RecruspaceClient>;
    /** Records an audit entry as this user, in this workspace, from this IP. */
    audit(entry: Omit<AuditEntry, "tenantId" | "actorUserId" | "actorEmail" | "ip">): Promise<void>;
  };

type Config<S extends z.ZodType, R extends Role | "public"> = {
  /** Unique, stable name (`area.verb`): used in audit entries and logs. */
  name: string;
  /** "public" skips the gate: sign-in, sign-up and the invite flows, where there is no tenant yet. */
  role: R;
  input: S;
};

type ContextFor<R> = R extends "public" ? PublicActionContext : ActionContext;

/**
 * The one way to write a server action: resolve the caller's tenant and role through the gate
 * (unless the action is public), validate the input with zod, then run the handler. Every failure
 * comes back as an ActionResult value in the words of lib/errors. The gate runs before validation
 * so an outsider learns nothing from field errors. Next's own control flow (redirect, notFound) is
 * passed through untouched.
 */
export function defineAction<S extends z.ZodType, T, R extends Role | "public">(
  config: Config<S, R>,
  handler: (input: z.output<S>, ctx: ContextFor<R>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (rawInput) => {
    try {
      const base = await publicContext();
      const ctx = config.role === "public" ? base : await memberContext(config.role as Role, base);
      const parsed = config.input.safeParse(rawInput);
      if (!parsed.success) return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
      return { ok: true, data: await handler(parsed.data, ctx as ContextFor<R>) };
    } catch (error) {
      unstable_rethrow(error);
      return toActionFailure(error, config.name);
    }
  };
}

async function publicContext(): Promise<PublicActionContext> {
  const ip = clientIpFromHeaders(await headers());
  return { ip, currentUserId };
}

async function memberContext(role: Role, base: PublicActionContext): Promise<ActionContext> {
  const tenant = await requireTenant(role);
  const ctx: ActionContext = {
    ...tenant,
    ...base,
    recruspace: clientSourceFor(tenant.tenantId),
    audit: (entry) => recordActorAudit(ctx, entry),
  };
  return ctx;
}
