import type { Prisma } from "./generated/sqlite/client";

/** A Prisma interactive transaction (both generated clients share the SQLite client's types). */
export type Tx = Prisma.TransactionClient;

/**
 * Serialises writes that must see one tenant's rows unchanged (one active key, at least one admin):
 * the no-op UPDATE takes the tenant row's write lock on PostgreSQL, and the database write lock on
 * SQLite, before the rule is checked. Throws when the tenant does not exist.
 */
export async function lockTenant(tx: Tx, tenantId: string): Promise<void> {
  const updated = await tx.$executeRaw`UPDATE "Tenant" SET "name" = "name" WHERE "id" = ${tenantId}`;
  if (updated !== 1) throw new Error("Unknown tenant.");
}
