import { describe, expect, it } from "vitest";
import { classifyEmailMatches } from "./email-search";

describe("classifyEmailMatches", () => {
  it("opens the candidate on one exact match, ignoring case", () => {
    expect(classifyEmailMatches("Ada@Example.com", [{ id: 4, email: "ada@example.com" }, { id: 5, email: "ada@example.com.au" }])).toEqual({
      kind: "exact",
      candidateId: 4,
      email: "ada@example.com",
    });
  });

  it("lists partial matches, exact ones first when several share the email", () => {
    const outcome = classifyEmailMatches("ada@example.com", [
      { id: 1, email: "ada@example.com.au" },
      { id: 2, email: "ada@example.com" },
      { id: 3, email: "ADA@example.com" },
    ]);
    expect(outcome).toEqual({
      kind: "matches",
      matches: [
        { id: 2, email: "ada@example.com" },
        { id: 3, email: "ADA@example.com" },
        { id: 1, email: "ada@example.com.au" },
      ],
    });
    expect(classifyEmailMatches("example", [{ id: 1, email: "x@example.com" }]).kind).toBe("matches");
  });

  it("says none when nothing matches", () => {
    expect(classifyEmailMatches("nobody@example.com", [])).toEqual({ kind: "none" });
  });
});
