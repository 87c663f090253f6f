/** Static security headers for every response. The nonce-based CSP is set per request in proxy.ts. */
export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
    // No other site's window keeps a handle on ours (window.opener, postMessage), nor ours on theirs.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // No other site may embed our responses (a CV, a photo, a JSON answer) as an image, script or frame;
    // our own pages still show the photo and preview the CV, both same-origin.
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
}

export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * Headers only for a response served over https. The app itself speaks plain HTTP behind a proxy that
 * ends TLS, so "https" is what that proxy says in X-Forwarded-Proto (the first entry is the hop the
 * browser used). A client that sends the header itself over plain HTTP gains nothing: browsers ignore
 * Strict-Transport-Security on an insecure connection.
 */
export function httpsOnlyHeaders(): { has: { type: "header"; key: string; value: string }[]; headers: { key: string; value: string }[] } {
  return {
    has: [{ type: "header", key: "x-forwarded-proto", value: "https(?:\\s*,.*)?" }],
    headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
  };
}
