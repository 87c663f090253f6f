import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";

/** A fresh nonce per request lets Next.js's own inline scripts run under a strict CSP. */
export function proxy(request: NextRequest) {
  // The CV route sets its own policy (frame-ancestors 'self') so the candidate page can preview a PDF.
  if (/^\/api\/candidates\/\d+\/cv$/.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets server components send signed-out visitors back here after sign-in (lib/tenancy/page-gate.ts).
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // api/uploads/ is left out on purpose: a request the proxy sees has its body cloned into memory
      // (cut at 10 MB), which would defeat the CV upload's streaming. It is a JSON route; no CSP needed.
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/uploads/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
