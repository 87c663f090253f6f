import { NextRequest } from "next/server";
import { decode, encode, type JWT } from "next-auth/jwt";
import { afterAll, describe, expect, it, vi } from "vitest";
import { handlers } from "@/lib/auth/config";
import { changePassword } from "@/lib/auth/change-password";
import { authenticate } from "@/lib/auth/authenticate";
import { revokeSessions, userOfSession } from "@/lib/auth/session-check";
import { nowSeconds, readSessionCookie, SESSION_ABSOLUTE_LIFETIME_SECONDS, SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { resolveTenantContext } from "@/lib/tenancy/context";
import { removeMember } from "@/lib/tenancy/members";
import { newAdmin, STRONG_PASSWORD, uniqueIp } from "../support/auth-fixtures";

/**
 * Sessions through Auth.js's own endpoints (the app's route handler, called in-process): a real
 * sign-in through the Credentials callback, then the cookie reused — the way a copied cookie would be.
 */
// Auth.js reads its environment when lib/auth/config.ts is first imported, so it is set before the imports.
const { SECRET, previous } = vi.hoisted(() => {
  const previous = { secret: process.env.AUTH_SECRET, trust: process.env.AUTH_TRUST_HOST, url: process.env.AUTH_URL };
  const SECRET = "sessions-test-secret-0123456789abcdef0123456789";
  process.env.AUTH_SECRET = SECRET;
  process.env.AUTH_TRUST_HOST = "true";
  delete process.env.AUTH_URL;
  return { SECRET, previous };
});
const BASE = "http://localhost:3000";

afterAll(() => {
  process.env.AUTH_SECRET = previous.secret;
  process.env.AUTH_TRUST_HOST = previous.trust;
  if (previous.url) process.env.AUTH_URL = previous.url;
});

type Jar = Map<string, string>;

function keep(jar: Jar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const eq = pair!.indexOf("=");
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const expired = value === "" || attributes.some((a) => /^\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(a));
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

const header = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in through Auth.js's CSRF + Credentials callback, as the browser's sign-in does; returns the cookie jar. */
async function signIn(email: string, password: string): Promise<Jar> {
  const jar: Jar = new Map();
  const csrf = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await handlers.POST(
    new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: BASE }),
    }),
  );
  keep(jar, callback);
  for (const name of [...jar.keys()]) if (!name.includes("session-token")) jar.delete(name);
  return jar;
}

/** GET /api/auth/session with a cookie: what Auth.js answers and whether it issued a fresh token. */
async function sessionEndpoint(cookie: string): Promise<{ body: unknown; freshToken: string | null; cleared: boolean }> {
  const response = await handlers.GET(new NextRequest(`${BASE}/api/auth/session`, { headers: { cookie } }));
  const setCookies = response.headers.getSetCookie().filter((line) => line.startsWith(SESSION_COOKIE));
  const fresh = setCookies.map((line) => line.split(";")[0]!.slice(SESSION_COOKIE.length + 1)).find((value) => value !== "") ?? null;
  const cleared = setCookies.some((line) => line.startsWith(`${SESSION_COOKIE}=;`) && /max-age=0|expires=Thu, 01 Jan 1970/i.test(line));
  return { body: await response.json(), freshToken: fresh, cleared };
}

const claimsOf = (jar: Jar) => readSessionCookie(header(jar), { secure: false, secrets: [SECRET] });
const gate = async (jar: Jar) => resolveTenantContext(db(), await claimsOf(jar), null, "member");
const sealed = (token: JWT, maxAge?: number) => encode({ token, secret: SECRET, salt: SESSION_COOKIE, maxAge });

describe("a session cookie", () => {
  it("from a real sign-in carries the user id, the session version and the sign-in time, and opens the workspace", async () => {
    const { email, userId, tenantId } = await newAdmin();
    const jar = await signIn(email, STRONG_PASSWORD);
    const claims = await claimsOf(jar);
    expect(claims).toMatchObject({ userId, sessionVersion: 0 });
    expect(Math.abs(claims!.authTime - nowSeconds())).toBeLessThan(60);
    await expect(gate(jar)).resolves.toMatchObject({ userId, tenantId });
    const { body, freshToken } = await sessionEndpoint(header(jar));
    expect(body).toMatchObject({ user: { id: userId } });
    expect(freshToken).not.toBeNull();
  });

  it("copied, then the user signs out everywhere: refused by the gate, and the session endpoint clears it instead of issuing a new token", async () => {
    const { email, userId } = await newAdmin();
    const copied = await signIn(email, STRONG_PASSWORD);
    await revokeSessions(db(), userId);
    await expect(gate(copied)).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(await userOfSession(db(), await claimsOf(copied))).toBeNull();
    const { body, freshToken, cleared } = await sessionEndpoint(header(copied));
    expect(body).toBeNull();
    expect(freshToken).toBeNull();
    expect(cleared).toBe(true);
    // A new sign-in works again.
    await expect(gate(await signIn(email, STRONG_PASSWORD))).resolves.toMatchObject({ userId });
  });

  it("of a member an admin removed: refused, and no new token", async () => {
    const owner = await newAdmin("Owner Co");
    const other = await newAdmin("Other Co");
    // The member of Owner Co also belongs to Other Co, so a session is still meaningful after removal.
    await db().membership.create({ data: { userId: other.userId, tenantId: owner.tenantId, role: "member" } });
    const copied = await signIn(other.email, STRONG_PASSWORD);
    await removeMember(db(), owner.actor, { userId: other.userId });
    await expect(gate(copied)).rejects.toMatchObject({ reason: "unauthenticated" });
    const { body, freshToken } = await sessionEndpoint(header(copied));
    expect(body).toBeNull();
    expect(freshToken).toBeNull();
  });

  it("after a password change: every older session is refused; the new password signs in, the old one does not", async () => {
    const { email, userId } = await newAdmin();
    const otherDevice = await signIn(email, STRONG_PASSWORD);
    const newPassword = "Copper-meadow-lantern-77";
    await changePassword(db(), { userId, userEmail: email, ip: uniqueIp() }, { currentPassword: STRONG_PASSWORD, newPassword });
    await expect(gate(otherDevice)).rejects.toMatchObject({ reason: "unauthenticated" });
    expect((await sessionEndpoint(header(otherDevice))).freshToken).toBeNull();
    expect(await authenticate(db(), { email, password: STRONG_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: false, reason: "invalid" });
    await expect(gate(await signIn(email, newPassword))).resolves.toMatchObject({ userId });
    expect(await db().auditEvent.count({ where: { action: "auth.password_changed", actorUserId: userId } })).toBeGreaterThan(0);
  });

  it("lives no longer than the absolute lifetime from sign-in, however often it is refreshed", async () => {
    const { userId } = await newAdmin();
    const old = nowSeconds() - SESSION_ABSOLUTE_LIFETIME_SECONDS - 60;
    // A token Auth.js re-sealed a minute ago (its own expiry a week ahead) for a sign-in 30 days back.
    const cookie = `${SESSION_COOKIE}=${await sealed({ sub: userId, sv: 0, auth_time: old }, 7 * 24 * 3600)}`;
    expect(await readSessionCookie(cookie, { secure: false, secrets: [SECRET] })).toBeNull();
    const { body, freshToken } = await sessionEndpoint(cookie);
    expect(body).toBeNull();
    expect(freshToken).toBeNull();
  });

  it("refreshed by the session endpoint keeps its sign-in time, and the new token never outlives the absolute end", async () => {
    const { userId } = await newAdmin();
    const signedIn = nowSeconds() - SESSION_ABSOLUTE_LIFETIME_SECONDS + 3600; // an hour left
    const cookie = `${SESSION_COOKIE}=${await sealed({ sub: userId, sv: 0, auth_time: signedIn })}`;
    const { body, freshToken } = await sessionEndpoint(cookie);
    expect(body).toMatchObject({ user: { id: userId } });
    const payload = await decode({ token: freshToken!, secret: SECRET, salt: SESSION_COOKIE });
    expect(payload?.auth_time).toBe(signedIn);
    expect(payload?.exp).toBeLessThanOrEqual(signedIn + SESSION_ABSOLUTE_LIFETIME_SECONDS);
    expect(new Date((body as { expires: string }).expires).getTime()).toBeLessThanOrEqual((signedIn + SESSION_ABSOLUTE_LIFETIME_SECONDS) * 1000);
  });

  it("without the session claims (issued before this release) gets no new token", async () => {
    const { userId } = await newAdmin();
    const { body, freshToken } = await sessionEndpoint(`${SESSION_COOKIE}=${await sealed({ sub: userId })}`);
    expect(body).toBeNull();
    expect(freshToken).toBeNull();
  });
});

describe("changePassword", () => {
  it("wants the current password (a wrong one counts as a failed sign-in) and a new one that passes the policy", async () => {
    const { email, userId } = await newAdmin();
    const actor = { userId, userEmail: email, ip: uniqueIp() };
    await expect(changePassword(db(), actor, { currentPassword: "Not-my-password-1", newPassword: "Copper-meadow-lantern-77" })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    await expect(changePassword(db(), actor, { currentPassword: STRONG_PASSWORD, newPassword: "password1234" })).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringMatching(/too common/)] },
    });
    await expect(changePassword(db(), actor, { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD })).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringMatching(/different/)] },
    });
    for (let i = 0; i < 4; i++) await changePassword(db(), actor, { currentPassword: `Wrong-${i}-password`, newPassword: "Copper-meadow-lantern-77" }).catch(() => {});
    await expect(changePassword(db(), actor, { currentPassword: STRONG_PASSWORD, newPassword: "Copper-meadow-lantern-77" })).rejects.toMatchObject({ code: "rate_limited" });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(0);
  });
});
