import type { UrlSigner } from "../files/signing";
import { forbidden, notFound, type ApiResponse } from "../http/response";
import type { SandboxStore } from "../store/store";

/**
 * Serves `/files/<id>/<name>?expires=…&signature=…` (the presigned URLs in File objects).
 * No API key: the signature is the credential. Expired or altered URLs answer 403.
 */
export function serveFile(url: URL, store: SandboxStore, signer: UrlSigner): ApiResponse {
  const match = /^\/files\/(\d{1,15})\/([^/]+)$/.exec(url.pathname);
  if (!match) return notFound();
  const id = Number(match[1]);
  let name: string;
  try {
    name = decodeURIComponent(match[2] ?? "");
  } catch {
    return notFound();
  }
  const verdict = signer.verify(id, name, url.searchParams.get("expires"), url.searchParams.get("signature"));
  if (verdict === "expired") return forbidden("Request has expired.");
  if (verdict === "invalid") return forbidden("Signature does not match.");
  const doc = store.documentById(id);
  if (!doc || doc.name !== name) return notFound();
  return {
    status: 200,
    headers: {
      "Content-Disposition": `inline; filename="${doc.name.replace(/[^\x20-\x7e]|"/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=60",
    },
    raw: { bytes: Buffer.from(doc.contentBase64, "base64"), contentType: doc.type },
  };
}
