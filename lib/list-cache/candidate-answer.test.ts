import { describe, expect, it } from "vitest";
import { answerLifetimeMs, CANDIDATE_ANSWER_TTL_MS, linkExpiresAt } from "./candidate-answer";

const file = (presigned_url: string | null) => ({ presigned_url }) as never;
const now = Date.UTC(2026, 11, 2, 12, 0, 0);

describe("how long a candidate answer is served", () => {
  it("reads the expiry a link names: expires=<unix seconds>, or S3's X-Amz-Date + X-Amz-Expires", () => {
    expect(linkExpiresAt("http://127.0.0.1:4010/files/1/cv.pdf?expires=1800000000&signature=ab")).toBe(1_800_000_000_000);
    expect(linkExpiresAt("https://b.s3.amazonaws.com/cv.pdf?X-Amz-Date=20261202T120000Z&X-Amz-Expires=300&X-Amz-Signature=x")).toBe(now + 300_000);
    expect(linkExpiresAt("https://files.example/cv.pdf")).toBeNull();
    expect(linkExpiresAt("not a url")).toBeNull();
    expect(linkExpiresAt(null)).toBeNull();
  });

  it("is the fixed lifetime, cut short by the earliest link expiry less a margin, never negative", () => {
    const at = (secondsFromNow: number) => `https://f.example/x?expires=${Math.floor(now / 1000) + secondsFromNow}`;
    expect(answerLifetimeMs({ cv: null, photo: null }, now)).toBe(CANDIDATE_ANSWER_TTL_MS);
    expect(answerLifetimeMs({ cv: file(at(900)), photo: file("https://f.example/no-expiry") }, now)).toBe(CANDIDATE_ANSWER_TTL_MS);
    expect(answerLifetimeMs({ cv: file(at(900)), photo: file(at(45)) }, now)).toBe(15_000);
    expect(answerLifetimeMs({ cv: file(at(10)), photo: null }, now)).toBe(0);
  });
});
