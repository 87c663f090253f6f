// Creates a fresh, uniquely named workspace for one e2e test and prints it as JSON on the last line.
// Usage: tsx --conditions=react-server scripts/seed-e2e.ts '{"apiKey":"…"|null,"baseUrl":"http://…"}'
// `member` (email, password, name of an existing user) makes that person this workspace's member too.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/db/create-client";
import { seedWorkspace } from "../lib/tenancy/seed-workspace";
import { createInvite } from "../lib/tenancy/invites";

const options = JSON.parse(process.argv[2] || "{}") as {
  apiKey?: string | null;
  baseUrl?: string;
  invite?: boolean;
  member?: { email: string; password: string; name: string };
};
const id = randomBytes(5).toString("hex");
const admin = { email: `admin-${id}@e2e.test`, password: `E2e-admin-pass-${id}`, name: `Ada Admin ${id}` };
const member = options.member ?? { email: `member-${id}@e2e.test`, password: `E2e-member-pass-${id}`, name: `Mo Member ${id}` };
const tenantName = `E2E Workspace ${id}`;

const database = createPrismaClient();
try {
  const { tenantId, adminId, memberId } = await seedWorkspace(database, {
    tenantName,
    admin,
    member,
    apiKey: options.apiKey && options.baseUrl ? { key: options.apiKey, baseUrl: options.baseUrl } : null,
  });
  // Ids let specs aim requests at this tenant's records directly (the isolation matrix needs them).
  const activeKey = await database.apiKey.findFirst({ where: { tenantId, status: "active" }, select: { id: true } });
  const invite = options.invite
    ? await createInvite(database, { tenantId, userId: adminId, userEmail: admin.email }, { email: `invitee-${id}@e2e.test`, role: "member" })
    : null;
  console.log(
    JSON.stringify({ tenantId, tenantName, admin: { ...admin, id: adminId }, member: { ...member, id: memberId }, apiKeyId: activeKey?.id ?? null, inviteId: invite?.inviteId ?? null }),
  );
} finally {
  await database.$disconnect();
}
