import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outcomeUnknown, serverUnreachable, sessionEnded, unreadableAnswer, uploadDropped, uploadTimedOut, writeAnswerLost } from "./browser-requests";

describe("words for a browser request that got no usable answer", () => {
  it("tells a read to try again, and claims nothing was saved or not", () => {
    expect(serverUnreachable()).toBe("The app's server could not be reached. Try again.");
    expect(serverUnreachable()).not.toMatch(/saved|sent/);
  });

  it("says a write whose answer was lost may or may not have happened, then what to check", () => {
    const words = writeAnswerLost({ doing: "Adding the candidate", next: "check by email before retrying" });
    expect(words).toBe(
      "Adding the candidate failed: the app's server could not be reached or its answer was lost. It may or may not have been saved; check by email before retrying.",
    );
    // Never "did not reach" or "was not saved": the request may have reached the server.
    expect(words).not.toMatch(/did not reach|not been saved|nothing was/);
  });

  it("says an application is sent, not saved", () => {
    const words = writeAnswerLost({ doing: "Sending the application", outcome: "sent", next: "your input is kept" });
    expect(words).toMatch(/^Sending the application failed: .* It may or may not have been sent; your input is kept\.$/);
    expect(outcomeUnknown({ subject: "The application", outcome: "sent", next: "your input is kept" })).toBe(
      "The application may or may not have been sent; your input is kept.",
    );
  });

  it("names the status of an answer that is not the app's, with what to do when given", () => {
    expect(unreadableAnswer(502)).toBe("The server answered 502.");
    expect(unreadableAnswer(502, "Your input is kept.")).toBe("The server answered 502. Your input is kept.");
  });

  it("says a revoke whose answer was lost may or may not have happened, and where to look", () => {
    const words = writeAnswerLost({ doing: "Revoking the key", outcome: "revoked", next: "the list of keys on this page shows whether it is still active" });
    expect(words).toBe(
      "Revoking the key failed: the app's server could not be reached or its answer was lost. It may or may not have been revoked; the list of keys on this page shows whether it is still active.",
    );
  });

  it("words an upload's own failures as safe to try again, and an ended session as keeping the input", () => {
    expect(uploadDropped()).toMatch(/try again\.$/);
    expect(uploadTimedOut()).toMatch(/try again\.$/);
    expect(sessionEnded()).toMatch(/sign in again .*keeps your input/);
  });

  it("imports nothing, so client components of every page can load it without zod", () => {
    const source = readFileSync(new URL("./browser-requests.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
