import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { signUp, signUpInput } from "@/lib/tenancy/signup";

export const STRONG_PASSWORD = "Violet-harbour-lantern-42";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A fresh user who owns a fresh workspace (through the real sign-up). */
export async function newAdmin(workspaceName = "Test Workspace") {
  const email = uniqueEmail("admin");
  const input = signUpInput.parse({ name: "Ada Admin", email, password: STRONG_PASSWORD, workspaceName });
  const { userId, tenantId } = await signUp(db(), input);
  return { userId, tenantId, email, actor: { tenantId, userId, userEmail: email } };
}

/** Adds an existing or new user to a tenant directly (setup only; invites are tested separately). */
export async function addMember(tenantId: string, role: "admin" | "member" = "member") {
  const email = uniqueEmail(role);
  const user = await db().user.create({ data: { email, name: `${role} person`, passwordHash: "not-a-real-hash" } });
  await db().membership.create({ data: { userId: user.id, tenantId, role } });
  return { userId: user.id, email };
}
