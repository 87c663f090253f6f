import { requireTenantPage } from "@/lib/tenancy/page-gate";

/**
 * The phone-first route group: no app shell and no heavy client libraries, so the page stays light
 * on a slow connection. Still gated like every signed-in page.
 */
export default async function QuickLayout({ children }: { children: React.ReactNode }) {
  await requireTenantPage("member", "/quick-add");
  return <main className="mx-auto min-h-dvh w-full max-w-md px-4 py-5">{children}</main>;
}
