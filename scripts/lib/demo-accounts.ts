/** The demo workspace and its two sign-ins (scripts/seed.ts creates them; scripts/demo.ts prints them). */
export const DEMO_TENANT = "Acme Robotics";
export const DEMO_ADMIN = { email: "demo@recruspace.test", password: "Acme-demo-admin-2026", name: "Dana Demo" };
export const DEMO_MEMBER = { email: "member@recruspace.test", password: "Acme-demo-member-2026", name: "Max Member" };

export function demoSignInText(): string {
  return [`Sign in to "${DEMO_TENANT}" with:`, `  admin:  ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`, `  member: ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password}`].join("\n");
}
