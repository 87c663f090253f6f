import { describe, expect, it } from "vitest";
import { authSecretProblem } from "./startup-check";

describe("authSecretProblem", () => {
  it("refuses a production start without a secret, and says how to make one", () => {
    expect(authSecretProblem({ NODE_ENV: "production" })).toMatch(/openssl rand -base64 32/);
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: "   " })).toMatch(/not set/);
  });

  it("refuses a short secret in production", () => {
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: "short" })).toMatch(/too short/);
  });

  it("accepts a long secret, and does not interfere outside production", () => {
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(43) })).toBeNull();
    expect(authSecretProblem({ NODE_ENV: "development" })).toBeNull();
  });
});
