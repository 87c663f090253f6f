// Seeds the demo workspace (idempotent): tenant "Acme Robotics" with an admin and a member, and
// the sandbox's demo API key in the vault. Run with `npm run db:seed` after `npm run db:migrate`.
import { createPrismaClient } from "../lib/db/create-client";
import { seedWorkspace } from "../lib/tenancy/seed-workspace";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";

import { DEMO_ADMIN, DEMO_MEMBER, DEMO_TENANT, demoSignInText } from "./lib/demo-accounts";

export { DEMO_ADMIN, DEMO_MEMBER, DEMO_TENANT };

const database = createPrismaClient();
try {
  const sandboxUrl = process.env.SANDBOX_URL || "http://127.0.0.1:4010";
  await seedWorkspace(database, {
    tenantName: DEMO_TENANT,
    admin: DEMO_ADMIN,
    member: DEMO_MEMBER,
    apiKey: { key: SANDBOX_DEMO_KEY, baseUrl: sandboxUrl, label: "Sandbox (demo)" },
  });
  console.log(`Demo workspace "${DEMO_TENANT}" is ready.`);
  if (!process.env.DEMO_PRINTS_SIGN_IN_LATER) console.log(demoSignInText());
} finally {
  await database.$disconnect();
}
