import { describe, expect, it } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import {
  authSecrets,
  nowSeconds,
  readSessionCookie,
  SECURE_SESSION_COOKIE,
  SESSION_ABSOLUTE_LIFETIME_SECONDS,
  SESSION_COOKIE,
  sessionClaims,
  usesSecureCookies,
} from "./session-token";

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const cookie = (jar: Record<string, string>) => Object.entries(jar).map(([name, value]) => `${name}=${value}`).join("; ");
const claims = (sub: string, extra: Partial<JWT> = {}): JWT => ({ sub, sv: 0, auth_time: nowSeconds(), ...extra });
const sealed = (token: JWT, salt: string, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge });
const plain = { secure: false, secrets: [SECRET] };
const secure = { secure: true, secrets: [SECRET] };
const headers = (values: Record<string, string>) => new Headers(values);

describe("readSessionCookie", () => {
  it("reads the claims from a token Auth.js sealed under the deployment's cookie name", async () => {
    const token = claims("user-1", { sv: 3 });
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: await sealed(token, SESSION_COOKIE) }), plain)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      authTime: token.auth_time,
    });
    const onHttps = await readSessionCookie(cookie({ [SECURE_SESSION_COOKIE]: await sealed(claims("user-2"), SECURE_SESSION_COOKIE) }), secure);
    expect(onHttps?.userId).toBe("user-2");
  });

  it("on https, takes only the __Secure- cookie: a planted plain-named cookie is no session", async () => {
    const planted = cookie({ [SESSION_COOKIE]: await sealed(claims("user-1"), SESSION_COOKIE) });
    expect(await readSessionCookie(planted, plain)).not.toBeNull();
    expect(await readSessionCookie(planted, secure)).toBeNull();
    // and the other way round: over plain http the __Secure- cookie is not read
    const secureOnly = cookie({ [SECURE_SESSION_COOKIE]: await sealed(claims("user-1"), SECURE_SESSION_COOKIE) });
    expect(await readSessionCookie(secureOnly, plain)).toBeNull();
    // both present (a planted plain one beside the real one): the __Secure- one wins on https
    const both = `${planted}; ${cookie({ [SECURE_SESSION_COOKIE]: await sealed(claims("user-9"), SECURE_SESSION_COOKIE) })}`;
    expect((await readSessionCookie(both, secure))?.userId).toBe("user-9");
  });

  it("is signed out without a cookie, with a tampered or foreign token, or with a token salted for the other name", async () => {
    expect(await readSessionCookie(cookie({}), plain)).toBeNull();
    const token = await sealed(claims("user-1"), SESSION_COOKIE);
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: tampered }), plain)).toBeNull();
    const foreign = await sealed(claims("user-1"), SESSION_COOKIE, { secret: "another-secret-0123456789abcdef0123456789" });
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: foreign }), plain)).toBeNull();
    const otherSalt = await sealed(claims("user-1"), SECURE_SESSION_COOKIE);
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: otherSalt }), plain)).toBeNull();
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: "not-a-jwe" }), plain)).toBeNull();
  });

  it("refuses an expired token (beyond Auth.js's 15 s clock tolerance)", async () => {
    const expired = await sealed(claims("user-1"), SESSION_COOKIE, { maxAge: -60 });
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: expired }), plain)).toBeNull();
  });

  it("refuses a session older than the absolute lifetime even when its token was re-sealed recently", async () => {
    const signedIn = nowSeconds() - SESSION_ABSOLUTE_LIFETIME_SECONDS - 60;
    const refreshed = await sealed(claims("user-1", { auth_time: signedIn }), SESSION_COOKIE, { maxAge: 7 * 24 * 3600 });
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: refreshed }), plain)).toBeNull();
    const young = await sealed(claims("user-1", { auth_time: nowSeconds() - SESSION_ABSOLUTE_LIFETIME_SECONDS + 3600 }), SESSION_COOKIE);
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: young }), plain)).not.toBeNull();
  });

  it("refuses a token without the session claims (issued before sessions could be revoked)", async () => {
    const legacy = await sealed({ sub: "user-1" }, SESSION_COOKIE);
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: legacy }), plain)).toBeNull();
  });

  it("accepts a token sealed with a rotated-out secret that is still listed, and nothing without secrets", async () => {
    const oldSecret = "old-secret-0123456789abcdef0123456789abcd";
    const old = await sealed(claims("user-3"), SESSION_COOKIE, { secret: oldSecret });
    expect((await readSessionCookie(cookie({ [SESSION_COOKIE]: old }), { secure: false, secrets: [SECRET, oldSecret] }))?.userId).toBe("user-3");
    expect(await readSessionCookie(cookie({ [SESSION_COOKIE]: old }), { secure: false, secrets: [] })).toBeNull();
  });

  it("reassembles a chunked cookie (a large session) as Auth.js does", async () => {
    const token = await sealed(claims("user-4"), SESSION_COOKIE);
    const half = Math.ceil(token.length / 2);
    const chunks = { [`${SESSION_COOKIE}.0`]: token.slice(0, half), [`${SESSION_COOKIE}.1`]: token.slice(half) };
    expect((await readSessionCookie(cookie(chunks), plain))?.userId).toBe("user-4");
  });

  it("never takes a session from an Authorization header, only from the cookie", async () => {
    expect(await readSessionCookie(undefined, plain)).toBeNull();
    expect(await readSessionCookie("", plain)).toBeNull();
  });
});

describe("sessionClaims", () => {
  it("wants a user id, a whole session version and a sign-in time that is neither in the future nor too old", () => {
    const now = nowSeconds();
    expect(sessionClaims({ sub: "u", sv: 2, auth_time: now }, now)).toEqual({ userId: "u", sessionVersion: 2, authTime: now });
    expect(sessionClaims({ sub: "u", sv: 1.5, auth_time: now }, now)).toBeNull();
    expect(sessionClaims({ sub: "u", sv: "1", auth_time: now } as JWT, now)).toBeNull();
    expect(sessionClaims({ sub: "", sv: 0, auth_time: now }, now)).toBeNull();
    expect(sessionClaims({ sub: "u", sv: 0, auth_time: now + 3600 }, now)).toBeNull();
    expect(sessionClaims({ sub: "u", sv: 0, auth_time: now - SESSION_ABSOLUTE_LIFETIME_SECONDS }, now)).toBeNull();
    expect(sessionClaims(null, now)).toBeNull();
  });
});

describe("usesSecureCookies (Auth.js's rule)", () => {
  it("follows AUTH_URL's protocol when it is set, whatever the request says", () => {
    expect(usesSecureCookies(headers({ "x-forwarded-proto": "http" }), { AUTH_URL: "https://admin.example.com" })).toBe(true);
    expect(usesSecureCookies(headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://localhost:3000" })).toBe(false);
  });

  it("else follows the request's X-Forwarded-Proto, https when it is missing", () => {
    expect(usesSecureCookies(headers({ "x-forwarded-proto": "https" }), {})).toBe(true);
    expect(usesSecureCookies(headers({ "x-forwarded-proto": "https, http" }), {})).toBe(true);
    expect(usesSecureCookies(headers({ "x-forwarded-proto": "http" }), {})).toBe(false);
    expect(usesSecureCookies(headers({}), {})).toBe(true);
  });
});

describe("authSecrets", () => {
  it("lists the rotation secrets first, like Auth.js", () => {
    expect(authSecrets({ AUTH_SECRET: "a", AUTH_SECRET_1: "b", AUTH_SECRET_3: "d" })).toEqual(["d", "b", "a"]);
    expect(authSecrets({})).toEqual([]);
  });
});
