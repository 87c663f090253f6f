import type { RequestContext } from "../http/context";
import { ApiError, notFound } from "../http/response";
import { createSerializer } from "../store/serialize";

export function serializerFor(ctx: RequestContext) {
  return createSerializer(ctx.store, ctx.signer, ctx.origin);
}

/** Path ids are digits (the router guarantees it); anything unknown or foreign is a 404. */
export function intParam(ctx: RequestContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isSafeInteger(value)) throw new ApiError(notFound());
  return value;
}

export function byNewest<T extends { createdAt: string; id?: number }>(a: T, b: T): number {
  return b.createdAt.localeCompare(a.createdAt) || (b.id ?? 0) - (a.id ?? 0);
}
