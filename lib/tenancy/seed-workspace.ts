import type { Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password-hash";
import { storeApiKey } from "@/lib/vault/api-keys";
import type { Role } from "./roles";

export type SeedPerson = { email: string; password: string; name: string };

export type SeedWorkspaceInput = {
  tenantName: string;
  admin: SeedPerson;
  member: SeedPerson;
  /** Stored in the vault unless null or the tenant already has an active key. */
  apiKey: { key: string; baseUrl: string; label?: string } | null;
};

/**
 * Creates (or finds) a tenant with one admin and one member, for the demo and the e2e tests.
 * Running it twice changes nothing: users are matched by email, the tenant by name + its admin.
 */
export async function seedWorkspace(database: Db, input: SeedWorkspaceInput): Promise<{ tenantId: string; adminId: string; memberId: string }> {
  const adminId = await upsertUser(database, input.admin);
  const memberId = await upsertUser(database, input.member);
  const existing = await database.tenant.findFirst({
    where: { name: input.tenantName, memberships: { some: { userId: adminId, role: "admin" } } },
    select: { id: true },
  });
  const tenantId = existing?.id ?? (await database.tenant.create({ data: { name: input.tenantName } })).id;
  await ensureMembership(database, adminId, tenantId, "admin");
  await ensureMembership(database, memberId, tenantId, "member");
  if (input.apiKey) {
    const active = await database.apiKey.findFirst({ where: { tenantId, status: "active" }, select: { id: true } });
    if (!active) {
      await storeApiKey(database, {
        tenantId,
        label: input.apiKey.label ?? "Sandbox",
        baseUrl: input.apiKey.baseUrl,
        apiKey: input.apiKey.key,
        createdById: adminId,
      });
    }
  }
  return { tenantId, adminId, memberId };
}

async function upsertUser(database: Db, person: SeedPerson): Promise<string> {
  const email = normalizeEmail(person.email);
  const found = await database.user.findUnique({ where: { email }, select: { id: true } });
  if (found) return found.id;
  const created = await database.user.create({ data: { email, name: person.name, passwordHash: await hashPassword(person.password) } });
  return created.id;
}

async function ensureMembership(database: Db, userId: string, tenantId: string, role: Role): Promise<void> {
  await database.membership.upsert({
    where: { userId_tenantId: { userId, tenantId } },
    create: { userId, tenantId, role },
    update: {},
  });
}
