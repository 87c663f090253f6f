import { describe, expect, it } from "vitest";
import { createUrlSigner } from "./signing";

describe("createUrlSigner", () => {
  let now = Date.UTC(2026, 0, 1);
  const signer = createUrlSigner("secret", 60, () => now);
  const parts = (url: string) => {
    const parsed = new URL(url);
    return [parsed.searchParams.get("expires"), parsed.searchParams.get("signature")] as const;
  };

  it("signs /files/<id>/<name> URLs that verify until they expire", () => {
    const url = signer.sign("http://127.0.0.1:4010", 42, "jane doe cv.pdf");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/files\/42\/jane%20doe%20cv\.pdf\?expires=\d+&signature=[0-9a-f]{64}$/);
    const [expires, signature] = parts(url);
    expect(signer.verify(42, "jane doe cv.pdf", expires, signature)).toBe("ok");
    now += 61_000;
    expect(signer.verify(42, "jane doe cv.pdf", expires, signature)).toBe("expired");
  });

  it("refuses another id, name, expiry, secret or a malformed signature", () => {
    const [expires, signature] = parts(signer.sign("http://x", 7, "a.pdf"));
    expect(signer.verify(8, "a.pdf", expires, signature)).toBe("invalid");
    expect(signer.verify(7, "b.pdf", expires, signature)).toBe("invalid");
    expect(signer.verify(7, "a.pdf", String(Number(expires) + 1000), signature)).toBe("invalid");
    expect(createUrlSigner("other", 60, () => now).verify(7, "a.pdf", expires, signature)).toBe("invalid");
    expect(signer.verify(7, "a.pdf", expires, "zz")).toBe("invalid");
    expect(signer.verify(7, "a.pdf", null, signature)).toBe("invalid");
  });
});
