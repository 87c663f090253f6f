/** What a unit test's fake user lookup answers: the user with their memberships, as Prisma's include read them. */
export type FakeGateUser = {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  memberships: { tenantId: string; role: string; tenant: { name: string } }[];
} | null;

/**
 * A stand-in database for the gate (lib/tenancy/context.ts) in unit tests: its one raw statement is
 * answered with the rows the real join returns (one per membership, or one with empty membership
 * columns), from `findUser({ where: { id } })`, so a test states a user and can check who was looked up.
 */
export function fakeGateDb(findUser: (query: { where: { id: string } }) => Promise<FakeGateUser>) {
  return {
    async $queryRaw(_sql: TemplateStringsArray, userId: string) {
      const user = await findUser({ where: { id: userId } });
      if (!user) return [];
      const base = { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      if (user.memberships.length === 0) return [{ ...base, tenantId: null, role: null, tenantName: null }];
      return user.memberships.map((m) => ({ ...base, tenantId: m.tenantId, role: m.role, tenantName: m.tenant.name }));
    },
  };
}
