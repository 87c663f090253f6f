import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";
import { safeNextPath } from "./next-path";

describe("passwordProblem", () => {
  it("refuses short, common, predictable and email-equal passwords", () => {
    expect(passwordProblem("a".repeat(MIN_PASSWORD_LENGTH - 1))).toMatch(/at least 12/);
    expect(passwordProblem("123456789012")).toMatch(/too common/);
    expect(passwordProblem("Password1234")).toMatch(/too common/);
    expect(passwordProblem("ILoveYou2024")).toMatch(/too common/);
    expect(passwordProblem("abababababab")).toMatch(/predictable/);
    expect(passwordProblem(" Someone@Example.test", "someone@example.test")).toMatch(/email/);
    expect(passwordProblem("x".repeat(300))).toMatch(/at most/);
  });

  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("Violet-harbour-lantern-42", "someone@example.test")).toBeNull();
  });
});

describe("safeNextPath", () => {
  it("keeps same-site paths only", () => {
    expect(safeNextPath("/settings/team?x=1")).toBe("/settings/team?x=1");
    expect(safeNextPath("//evil.example")).toBeNull();
    expect(safeNextPath("/\\evil.example")).toBeNull();
    expect(safeNextPath("https://evil.example")).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
