/**
 * Scripts only from our origin or carrying this request's nonce. Styles allow inline attributes
 * because Radix and sonner position elements with style attributes; no script can come that way.
 * Workers (the CV reader) only from our own origin, said outright rather than left to script-src's
 * 'strict-dynamic': no blob: or data: worker, and no eval (pdf.js runs with isEvalSupported: false).
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
