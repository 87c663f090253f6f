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

/** The session claims the gate is handed for a user (the version they have now unless told otherwise). */
export async function sessionOf(userId: string, sessionVersion?: number) {
  const version = sessionVersion ?? (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
  return { userId, sessionVersion: version, authTime: Math.floor(Date.now() / 1000) };
}

/** A fresh user who owns a fresh workspace (through the real sign-up). */
export async function newAdmin(workspaceName = "Test Workspace") {
  const email = uniqueEmail("admin");
  const input = signUpInput.parse({ name: "Ada Admin", email, password: STRONG_PASSWORD, workspaceName });
  const outcome = await signUp(db(), input);
  if (!outcome.created) throw new Error(`sign-up of ${email} created nothing`);
  const { userId, tenantId } = outcome;
  return { userId, tenantId, email, actor: { tenantId, userId, userEmail: email } };
}

/** Adds an existing or new user to a tenant directly (setup only; invites are tested separately). */
export async function addMember(tenantId: string, role: "admin" | "member" = "member") {
  const email = uniqueEmail(role);
  const user = await db().user.create({ data: { email, name: `${role} person`, passwordHash: "not-a-real-hash" } });
  await db().membership.create({ data: { userId: user.id, tenantId, role } });
  return { userId: user.id, email };
}
