/** Liveness for load balancers and the e2e runner; touches nothing. */
export function GET() {
  return Response.json({ ok: true });
}
