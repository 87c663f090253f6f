import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test } from "./support/fixtures";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { loopbackAddress, randomPublicIp, signInFrom } from "../tests/support/built-app/sign-in-from";

/**
 * Sign-in abuse against the built app, over HTTP, from real and different socket addresses (the app
 * runs without a proxy in front: TRUSTED_PROXY_HOPS is 0). Every request sends an X-Forwarded-For of
 * its own choosing, as a client can; none of it may change whom the limits count.
 */
const env = e2eEnv();
const wrong = (i: number) => `Wrong-password-${i}-${randomBytes(2).toString("hex")}`;

function failedSignInsOf(email: string): number {
  const sqlite = new Database(env.serverEnv.DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
  try {
    return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'auth.sign_in_failed' AND "actorEmail" = ?`).get(email) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

test.describe("sign-in throttling over HTTP @desktop-only", () => {
  test("a spoofed X-Forwarded-For does not reset the limit; the victim's right password from another address still works", async () => {
    const { admin } = seedWorkspace({ apiKey: null });
    const attacker = loopbackAddress();
    for (let i = 0; i < 5; i++) {
      const refused = await signInFrom(env.baseURL, attacker, { email: admin.email, password: wrong(i) }, { "X-Forwarded-For": randomPublicIp(), "X-Real-IP": randomPublicIp() });
      expect(refused).toEqual({ session: null, code: "invalid" });
    }
    // A new claimed address each time, even with the right password: still the same socket, still locked out.
    const locked = await signInFrom(env.baseURL, attacker, admin, { "X-Forwarded-For": randomPublicIp() });
    expect(locked.session).toBeNull();
    expect(locked.code).toMatch(/^throttled-1[45]$/);
    // The account's owner, from an address that has not failed, is let in.
    const victim = await signInFrom(env.baseURL, loopbackAddress(), admin);
    expect(victim.session).toMatch(/session-token=/);
  });

  test("spraying one password over many accounts is cut off per address, whatever X-Forwarded-For says", async () => {
    const { admin } = seedWorkspace({ apiKey: null });
    const sprayer = loopbackAddress();
    for (let i = 0; i < 20; i++) {
      const email = `spray-${randomBytes(4).toString("hex")}@e2e.test`;
      expect((await signInFrom(env.baseURL, sprayer, { email, password: "Spring-2026-password" }, { "X-Forwarded-For": randomPublicIp() })).code).toBe("invalid");
    }
    const cut = await signInFrom(env.baseURL, sprayer, admin, { "X-Forwarded-For": randomPublicIp() });
    expect(cut.session).toBeNull();
    expect(cut.code).toMatch(/^throttled-/);
    expect((await signInFrom(env.baseURL, loopbackAddress(), admin)).session).not.toBeNull();
  });

  test("40 wrong passwords sent at once: no more than 5 are checked", async () => {
    const { admin } = seedWorkspace({ apiKey: null });
    const from = loopbackAddress();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom(env.baseURL, from, { email: admin.email, password: wrong(i) })));
    expect(results.filter((r) => r.session !== null)).toEqual([]);
    expect(results.filter((r) => r.code === "invalid").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.code?.startsWith("throttled-")).length).toBeGreaterThanOrEqual(35);
    expect(failedSignInsOf(admin.email)).toBeLessThanOrEqual(5);
    // Still locked out from there with the right password; fine from elsewhere.
    expect((await signInFrom(env.baseURL, from, admin)).session).toBeNull();
    expect((await signInFrom(env.baseURL, loopbackAddress(), admin)).session).not.toBeNull();
  });
});
