import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecrets, sessionUserId } from "./session-token";

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const cookie = (jar: Record<string, string>) => Object.entries(jar).map(([name, value]) => `${name}=${value}`).join("; ");
const sealed = (sub: string, salt: string, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token: { sub }, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge });

describe("sessionUserId", () => {
  it("reads the user id from a token Auth.js sealed, under either cookie name", async () => {
    expect(await sessionUserId(cookie({ "authjs.session-token": await sealed("user-1", "authjs.session-token") }), [SECRET])).toBe("user-1");
    const secureName = "__Secure-authjs.session-token";
    expect(await sessionUserId(cookie({ [secureName]: await sealed("user-2", secureName) }), [SECRET])).toBe("user-2");
  });

  it("is signed out without a cookie, with a tampered or foreign token, or with a token salted for the other name", async () => {
    expect(await sessionUserId(cookie({}), [SECRET])).toBeNull();
    const token = await sealed("user-1", "authjs.session-token");
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionUserId(cookie({ "authjs.session-token": tampered }), [SECRET])).toBeNull();
    const foreign = await sealed("user-1", "authjs.session-token", { secret: "another-secret-0123456789abcdef0123456789" });
    expect(await sessionUserId(cookie({ "authjs.session-token": foreign }), [SECRET])).toBeNull();
    const otherSalt = await sealed("user-1", "__Secure-authjs.session-token");
    expect(await sessionUserId(cookie({ "authjs.session-token": otherSalt }), [SECRET])).toBeNull();
    expect(await sessionUserId(cookie({ "authjs.session-token": "not-a-jwe" }), [SECRET])).toBeNull();
  });

  it("refuses an expired token (beyond Auth.js's 15 s clock tolerance)", async () => {
    const expired = await sealed("user-1", "authjs.session-token", { maxAge: -60 });
    expect(await sessionUserId(cookie({ "authjs.session-token": expired }), [SECRET])).toBeNull();
  });

  it("accepts a token sealed with a rotated-out secret that is still listed, and nothing without secrets", async () => {
    const old = await sealed("user-3", "authjs.session-token", { secret: "old-secret-0123456789abcdef0123456789abcd" });
    expect(await sessionUserId(cookie({ "authjs.session-token": old }), [SECRET, "old-secret-0123456789abcdef0123456789abcd"])).toBe("user-3");
    expect(await sessionUserId(cookie({ "authjs.session-token": old }), [])).toBeNull();
  });

  it("reassembles a chunked cookie (a large session) as Auth.js does", async () => {
    const token = await sealed("user-4", "authjs.session-token");
    const half = Math.ceil(token.length / 2);
    const chunks = { "authjs.session-token.0": token.slice(0, half), "authjs.session-token.1": token.slice(half) };
    expect(await sessionUserId(cookie(chunks), [SECRET])).toBe("user-4");
  });

  it("never takes a session from an Authorization header, only from the cookie", async () => {
    expect(await sessionUserId(undefined, [SECRET])).toBeNull();
    expect(await sessionUserId("", [SECRET])).toBeNull();
  });
});

describe("authSecrets", () => {
  it("lists the rotation secrets first, like Auth.js", () => {
    expect(authSecrets({ AUTH_SECRET: "a", AUTH_SECRET_1: "b", AUTH_SECRET_3: "d" })).toEqual(["d", "b", "a"]);
    expect(authSecrets({})).toEqual([]);
  });
});
