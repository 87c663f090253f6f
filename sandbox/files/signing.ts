import crypto from "node:crypto";

/**
 * Presigned-style download URLs: `/files/<id>/<name>?expires=<unix seconds>&signature=<hex HMAC>`.
 * The HMAC covers id, name and expiry, so any change (or an expired time) is refused with 403.
 */
export interface UrlSigner {
  sign(origin: string, documentId: number, name: string): string;
  verify(documentId: number, name: string, expires: string | null, signature: string | null): "ok" | "expired" | "invalid";
}

export function createUrlSigner(secret: string | Buffer, ttlSeconds: number, now: () => number = Date.now): UrlSigner {
  const mac = (documentId: number, name: string, expires: number) =>
    crypto.createHmac("sha256", secret).update(`${documentId}\n${name}\n${expires}`).digest("hex");
  return {
    sign(origin, documentId, name) {
      const expires = Math.floor(now() / 1000) + ttlSeconds;
      return `${origin}/files/${documentId}/${encodeURIComponent(name)}?expires=${expires}&signature=${mac(documentId, name, expires)}`;
    },
    verify(documentId, name, expiresText, signature) {
      if (!expiresText || !signature || !/^\d+$/.test(expiresText) || !/^[0-9a-f]{64}$/.test(signature)) return "invalid";
      const expires = Number(expiresText);
      const expected = Buffer.from(mac(documentId, name, expires), "hex");
      if (!crypto.timingSafeEqual(expected, Buffer.from(signature, "hex"))) return "invalid";
      return now() > expires * 1000 ? "expired" : "ok";
    },
  };
}
