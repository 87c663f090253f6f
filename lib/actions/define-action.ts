import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { currentUserId } from "@/lib/auth/session";
import { recordActorAudit, type AuditEntry } from "@/lib/audit/record";
import { toActionFailure } from "@/lib/errors/describe";
import { zodFieldErrors } from "@/lib/errors/field-errors";
import { fail, type Action, type ActionResult } from "@/lib/errors/result";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { requireTenant } from "@/lib/tenancy/gate";
import { assertRenderedTenant } from "@/lib/tenancy/rendered-tenant";
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

/**
 * What a member's action does with a call from a page rendered for another workspace than the active
 * one (a tab left open on workspace A after switching to B in another tab):
 * - "refuse" (the default): the action's first argument is the id of the workspace the page was
 *   rendered for, bound by the page (`bindToPage`); a mismatch or a missing id is refused with
 *   "stale_workspace" (reload the page) before the input is even read. Every action that writes.
 * - "allow": the action takes only its input. For reads (they change nothing; the page that asked is
 *   reloaded anyway before any write is accepted) and for the workspace switch itself, which names
 *   the workspace it goes to and is how a stale tab catches up.
 */
export type StaleTab = "refuse" | "allow";

type Config<S extends z.ZodType, R extends Role | "public", A extends StaleTab> = {
  /** Unique, stable name (`area.verb`): used in audit entries and logs. */
  name: string;
  /** "public" skips the gate: sign-in, sign-up and the invite flows, where there is no tenant yet. */
  role: R;
  input: S;
  /** Only for member actions; see StaleTab. */
  staleTab?: R extends "public" ? never : A;
};

type ContextFor<R> = R extends "public" ? PublicActionContext : ActionContext;

/**
 * A member action that writes, as exported: the page binds the workspace it was rendered for as the
 * first argument (`bindToPage`), and hands components the bound `Action<I, O>`.
 */
export type PageBoundAction<I, O> = (renderedTenantId: string, input: I) => Promise<ActionResult<O>>;

type Defined<S extends z.ZodType, T, R, A> = R extends "public" ? Action<z.input<S>, T> : A extends "allow" ? Action<z.input<S>, T> : PageBoundAction<z.input<S>, T>;

/**
 * The one way to write a server action: resolve the caller's tenant and role through the gate
 * (unless the action is public), check that the calling page was rendered for that tenant (unless
 * `staleTab: "allow"`), validate the input with zod, then run the handler. Every failure comes back
 * as an ActionResult value in the words of lib/errors. The gate runs before validation so an outsider
 * learns nothing from field errors. Next's own control flow (redirect, notFound) is passed through
 * untouched.
 */
export function defineAction<S extends z.ZodType, T, R extends Role | "public", A extends StaleTab = "refuse">(
  config: Config<S, R, A>,
  handler: (input: z.output<S>, ctx: ContextFor<R>) => Promise<T>,
): Defined<S, T, R, A> {
  const pageBound = config.role !== "public" && config.staleTab !== "allow";
  const action = async (...args: unknown[]): Promise<ActionResult<T>> => {
    try {
      const base = await publicContext();
      const ctx = config.role === "public" ? base : await memberContext(config.role as Role, base);
      // After the gate (an outsider is told "sign in" or "not allowed", nothing about workspaces).
      if (pageBound) assertRenderedTenant(ctx as ActionContext, args[0]);
      const rawInput = pageBound ? args[1] : args[0];
      const parsed = config.input.safeParse(rawInput);
      if (!parsed.success) return fail("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
      return { ok: true, data: await handler(parsed.data, ctx as ContextFor<R>) };
    } catch (error) {
      unstable_rethrow(error);
      return toActionFailure(error, config.name);
    }
  };
  return action as Defined<S, T, R, A>;
}

/**
 * Binds a page's workspace into its actions: `bindToPage(ctx, { rename: renamePool })` gives the page
 * `{ rename: Action<I, O> }` to hand its components. `.bind` on a server action keeps it a server
 * action whose first argument travels with every call, so each call says which workspace the page
 * showed (see StaleTab). Types make sure a page cannot pass a write action without it.
 */
export function bindToPage<Actions extends Record<string, PageBoundAction<never, unknown>>>(
  ctx: { tenantId: string },
  actions: Actions,
): { [K in keyof Actions]: Actions[K] extends PageBoundAction<infer I, infer O> ? Action<I, O> : never } {
  return Object.fromEntries(Object.entries(actions).map(([name, action]) => [name, action.bind(null, ctx.tenantId)])) as never;
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
