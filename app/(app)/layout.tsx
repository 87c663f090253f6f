import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/sign-out/actions";
import { switchTenant } from "./_tenancy/actions";
import { searchIndexAction } from "./search/actions";
import { paletteTargetsAction } from "./_palette/actions";

/** Every signed-in page renders inside the shell; the gate redirects strangers to sign-in. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireTenantPage("member");
  return (
    <AppShell ctx={ctx} actions={{ switchTenant, signOut: signOutAction, signOutEverywhere: signOutEverywhereAction, searchPeople: searchIndexAction, paletteTargets: paletteTargetsAction }}>
      {children}
    </AppShell>
  );
}
