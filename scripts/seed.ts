// Seeds the demo workspace (idempotent): tenant "Acme Robotics" with an admin and a member, and
// the sandbox's demo API key in the vault. Run with `npm run db:seed` after `npm run db:migrate`.
import { createPrismaClient } from "../lib/db/create-client";
import { seedWorkspace } from "../lib/tenancy/seed-workspace";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";

export const DEMO_TENANT = "Acme Robotics";
export const DEMO_ADMIN = { email: "demo@recruspace.test", password: "Acme-demo-admin-2026", name: "Dana Demo" };
export const DEMO_MEMBER = { email: "member@recruspace.test", password: "Acme-demo-member-2026", name: "Max Member" };

const database = createPrismaClient();
try {
  const sandboxUrl = process.env.SANDBOX_URL || "http://127.0.0.1:4010";
  await seedWorkspace(database, {
    tenantName: DEMO_TENANT,
    admin: DEMO_ADMIN,
    member: DEMO_MEMBER,
    apiKey: { key: SANDBOX_DEMO_KEY, baseUrl: sandboxUrl, label: "Sandbox (demo)" },
  });
  console.log(`Demo workspace "${DEMO_TENANT}" is ready. Sign in with:`);
  console.log(`  admin:  ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  console.log(`  member: ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password}`);
} finally {
  await database.$disconnect();
}
