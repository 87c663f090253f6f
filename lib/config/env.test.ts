import { describe, expect, it } from "vitest";
import { allowedBaseUrl, EnvError, normalizeBaseUrl, readEnv } from "./env";

describe("readEnv", () => {
  it("applies the documented defaults", () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      RECRUSPACE_TIMEOUT_MS: 10_000,
      RECRUSPACE_UPLOAD_TIMEOUT_MS: 120_000,
      MAX_CV_BYTES: 20_971_520,
      SANDBOX_PORT: 4010,
      RECRUSPACE_DEMO: false,
      TRUSTED_PROXY_HOPS: 0,
      recruspaceDefaultBaseUrl: "https://api.recruspace.com",
      recruspaceAllowedBaseUrls: ["https://api.recruspace.com"],
      recruspaceFileHosts: [],
    });
  });

  it("reads the storage hosts a file may come from", () => {
    expect(readEnv({ RECRUSPACE_FILE_HOSTS: " Files.Example.com, *.s3.eu-west-1.amazonaws.com ,files.example.com" }).recruspaceFileHosts).toEqual([
      "files.example.com",
      "*.s3.eu-west-1.amazonaws.com",
    ]);
    for (const bad of ["https://files.example.com", "files.example.com:443", "*", "*.com", "files.example.com/cv", "a..b.com"]) {
      expect(() => readEnv({ RECRUSPACE_FILE_HOSTS: bad }), bad).toThrow(/RECRUSPACE_FILE_HOSTS/);
    }
  });

  it("treats empty values as unset and coerces numbers", () => {
    const env = readEnv({ RECRUSPACE_TIMEOUT_MS: "2500", MAX_CV_BYTES: "", RECRUSPACE_DEMO: "1" });
    expect(env.RECRUSPACE_TIMEOUT_MS).toBe(2500);
    expect(env.MAX_CV_BYTES).toBe(20_971_520);
    expect(env.RECRUSPACE_DEMO).toBe(true);
  });

  it("rejects nonsense with the variable's name", () => {
    expect(() => readEnv({ RECRUSPACE_TIMEOUT_MS: "soon" })).toThrow(/RECRUSPACE_TIMEOUT_MS/);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: "ftp://x" })).toThrow(EnvError);
  });

  it("builds the allowlist from the default plus the extra URLs, normalized", () => {
    const env = readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: "http://127.0.0.1:4010/, https://eu.recruspace.com/api ,https://api.recruspace.com" });
    expect(env.recruspaceAllowedBaseUrls).toEqual(["https://api.recruspace.com", "http://127.0.0.1:4010", "https://eu.recruspace.com/api"]);
  });
});

describe("base URL allowlist", () => {
  const env = readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: "http://127.0.0.1:4010" });

  it("normalizes trailing slashes and host case", () => {
    expect(normalizeBaseUrl("HTTPS://API.Recruspace.com/")).toBe("https://api.recruspace.com");
    expect(normalizeBaseUrl("https://x.test/a/b//")).toBe("https://x.test/a/b");
  });

  it("accepts only listed origins and paths", () => {
    expect(allowedBaseUrl("https://api.recruspace.com/", env)).toBe("https://api.recruspace.com");
    expect(allowedBaseUrl("http://127.0.0.1:4010", env)).toBe("http://127.0.0.1:4010");
    expect(allowedBaseUrl("http://127.0.0.1:4011", env)).toBeNull();
    expect(allowedBaseUrl("http://api.recruspace.com", env)).toBeNull();
    expect(allowedBaseUrl("https://api.recruspace.com.evil.test", env)).toBeNull();
    expect(allowedBaseUrl("https://api.recruspace.com/other", env)).toBeNull();
    expect(allowedBaseUrl("https://user:pw@api.recruspace.com", env)).toBeNull();
    expect(allowedBaseUrl("https://api.recruspace.com?x=1", env)).toBeNull();
    expect(allowedBaseUrl("javascript:alert(1)", env)).toBeNull();
    expect(allowedBaseUrl("not a url", env)).toBeNull();
  });
});
