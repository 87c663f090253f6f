/**
 * The failure types that several layers throw and the one vocabulary (describe.ts) puts into words.
 * They live here, at the bottom of lib/, so the vocabulary never imports the layers above it:
 * the gate, the vault and the Recruspace client throw these (or subclasses of them).
 */

/**
 * Next builds server code into several bundles (pages, actions, route handlers, instrumentation) with
 * their own copies of a module, so an error made in one copy (the vault's keyring is created at
 * startup) is not `instanceof` another copy's class. The base classes carry a brand under a global
 * symbol and answer `instanceof` by it; subclasses keep the ordinary check.
 */
const BRAND = Symbol.for("recruspace-admin.failure-type");

export type FailureType = "gate" | "workspace_key" | "upstream" | "user_facing" | "lost_write" | "stale_workspace";

export function brandFailure(target: Error, type: FailureType): void {
  Object.defineProperty(target, BRAND, { value: type, enumerable: false });
}

export function isBrandedFailure(value: unknown, type: FailureType): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === type;
}

/** `instanceof` for a branded base class: by brand for the base itself, by prototype for its subclasses. */
export function brandedInstanceOf(base: abstract new (...args: never[]) => unknown, type: FailureType) {
  return function (this: unknown, value: unknown): boolean {
    return this === base ? isBrandedFailure(value, type) : Function.prototype[Symbol.hasInstance].call(this, value);
  };
}

export type GateFailure = "unauthenticated" | "forbidden" | "no_tenant";

/** The gate refused: no session, no membership, or a role too low for what was asked. */
export class GateError extends Error {
  static [Symbol.hasInstance] = brandedInstanceOf(GateError, "gate");

  constructor(readonly reason: GateFailure) {
    super(
      reason === "unauthenticated"
        ? "Please sign in again."
        : reason === "no_tenant"
          ? "You are not a member of any workspace."
          : "You do not have permission to do that.",
    );
    this.name = "GateError";
    brandFailure(this, "gate");
  }
}

/**
 * A write came from a page rendered for another workspace than the caller's active one: the tab is
 * stale (the user switched workspace in another tab, or the page predates the switch), or it sent no
 * workspace at all. Refused before anything is read or changed; the user must reload the page.
 */
export class StaleWorkspaceError extends Error {
  static [Symbol.hasInstance] = brandedInstanceOf(StaleWorkspaceError, "stale_workspace");

  constructor(
    /** The name of the workspace that is active now (the caller's own). */
    readonly activeWorkspace: string,
    /** The name of the workspace the page was rendered for, when it is one of the caller's; else null. */
    readonly pageWorkspace: string | null,
  ) {
    super("The page was rendered for another workspace");
    this.name = "StaleWorkspaceError";
    brandFailure(this, "stale_workspace");
  }
}

/** Why the workspace's stored Recruspace key cannot be used right now. */
export type KeyProblem = "missing" | "undecryptable" | "base_url_not_allowed";

/** The workspace has no usable Recruspace key; only an admin can fix it (Settings → API keys). */
export class WorkspaceKeyError extends Error {
  static [Symbol.hasInstance] = brandedInstanceOf(WorkspaceKeyError, "workspace_key");

  constructor(
    readonly problem: KeyProblem,
    message: string,
  ) {
    super(message);
    this.name = "WorkspaceKeyError";
    brandFailure(this, "workspace_key");
  }
}

export type UpstreamFailureKind =
  | "unauthorized"
  | "not_found"
  | "conflict"
  | "validation"
  | "rate_limited"
  | "upstream"
  | "timeout"
  | "network"
  | "malformed_response";

/**
 * A failed call to Recruspace. lib/recruspace/errors.ts has one subclass per kind; the optional
 * facts below are what the vocabulary needs to put them into words.
 */
export class UpstreamFailure extends Error {
  declare readonly retryAfterSeconds?: number;
  declare readonly fieldErrors?: Record<string, string[]>;
  declare readonly detail?: string;
  static [Symbol.hasInstance] = brandedInstanceOf(UpstreamFailure, "upstream");

  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    readonly status?: number,
    /** The client method that failed, e.g. "getCandidate": tells a read from a write. */
    readonly operation?: string,
  ) {
    super(message);
    this.name = "UpstreamFailure";
    brandFailure(this, "upstream");
  }
}

/** A read (GET) operation of the client: its failure never changed anything upstream. */
export function isReadOperation(operation: string | undefined): boolean {
  return operation !== undefined && /^(get|list|search|iterate)/.test(operation);
}

/** A timeout, dropped connection or 5xx: a write that failed this way may still have happened upstream. */
export function mayHaveHappened(error: unknown): boolean {
  return error instanceof UpstreamFailure && (error.kind === "timeout" || error.kind === "network" || error.kind === "upstream");
}

/** What a flow found out after a write's answer was lost (see describe.ts, LostAnswer). */
export type LostWriteKnowledge = "unknown" | "checked_nothing_created" | "cannot_check" | "retry_safe";

/**
 * A write whose answer was lost (timeout, broken connection, 5xx), with what the flow knows now, so
 * the message says that and nothing more. `thing` names what would have been made ("talent pool").
 */
export class LostWriteError extends Error {
  static [Symbol.hasInstance] = brandedInstanceOf(LostWriteError, "lost_write");

  constructor(
    readonly cause: unknown,
    readonly knowledge: LostWriteKnowledge,
    readonly thing?: string,
  ) {
    super("A write's answer was lost");
    this.name = "LostWriteError";
    brandFailure(this, "lost_write");
  }
}
