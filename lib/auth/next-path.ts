const BASE = "http://same-origin.invalid";

/**
 * Only same-site paths, so ?next= cannot send anyone to another origin. Browsers drop tabs and
 * newlines and treat "\" like "/" in URLs, so the path is resolved the way a browser would and kept
 * only if it stays on our origin.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000 || !value.startsWith("/")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
