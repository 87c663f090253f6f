import { test } from "./fixtures";
import { seedWorkspace, type SeededWorkspace } from "../../tests/support/built-app/seed";
import { signIn } from "./sign-in";
import { talentPools } from "./candidates";

export type MemberSession = { workspace: SeededWorkspace; pools: { id: number; name: string }[] };

/**
 * A spec's common ground: one seeded workspace for the file, its talent pools as the sandbox lists them,
 * and every test signed in as that workspace's member. Call at the top of a spec; read the fields inside
 * tests (they are filled in beforeAll).
 */
export function signedInMember(): MemberSession {
  const session = {} as MemberSession;
  test.beforeAll(async () => {
    session.workspace = seedWorkspace();
    session.pools = await talentPools();
  });
  test.beforeEach(async ({ page }) => {
    await signIn(page, session.workspace.member);
  });
  return session;
}
